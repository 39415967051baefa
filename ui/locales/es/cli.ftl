# village-cli: lo que escribe en una terminal, y su --help.

## --help

cli-help-about = Village desde una terminal: los mismos datos que la app, solo en este dispositivo.
cli-help-db = La base de datos de Village que se usa; VILLAGE_DB dice lo mismo. Sin ninguno de los dos, la de la app: $VILLAGE_DATA_DIR/village.db, o village.db en la carpeta de datos de la app.
cli-help-passphrase-file = Para una base de datos cifrada: un archivo cuya primera línea es la frase de contraseña. Sin él, se pregunta en la terminal. Nunca se acepta como argumento.
cli-help-lang = El idioma en que escribe: en o es. Sin él, el del sistema (LANG), o si no, inglés.
cli-help-export = Guardar todo en un archivo: json (todo), csv o markdown (el diario), ics (los grupos).
cli-help-export-format = json (todo, y lo que `import` vuelve a leer), csv o markdown (el diario), ics (los grupos).
cli-help-export-out = Escribir en FILE en vez de la salida estándar; el archivo aparece solo cuando está completo.
cli-help-import = Traer una exportación de Village, una exportación CSV de Daylio o contactos de un archivo vCard.
cli-help-import-format = json (una exportación de Village), daylio (la exportación CSV de Daylio) o vcard (contactos). Sin él, lo dice la extensión del archivo: .json, .csv, .vcf.
cli-help-import-mood-map = Qué significan los nombres de ánimo de Daylio en la escala de 1 a 5 de Village, por ejemplo rad=5,good=4,sleepy=3. Los cinco de Daylio (rad, good, meh, bad, awful) ya se conocen.
cli-help-import-dry-run = Mostrar lo que agregaría la importación, sin cambiar nada.
cli-help-import-file = El archivo que se importa.
cli-help-backup = Guardar en FILE una copia revisada de toda la base de datos.
cli-help-backup-file = Dónde va la copia; un archivo que ya esté ahí se reemplaza solo cuando la copia está completa.
cli-help-restore = Reemplazar la base de datos por una copia de seguridad, después de comprobar que está completa y que es de Village.
cli-help-restore-file = Una copia hecha con `village-cli backup` o con la app.
cli-help-doctor = Revisar la base de datos: integridad, versión del esquema y cuánto guarda; si no abre, las copias a su lado que sí abrirían.
cli-help-recover = Abrir un diario que no abre desde una de sus copias (por el nombre que muestra `doctor`); el archivo que no abría se guarda en la carpeta de copias.
cli-help-recover-name = El nombre de archivo de una copia en la carpeta de copias, como lo muestra `doctor`.
cli-help-today = A quién le encantaría saber de ti, la próxima reunión de un grupo y el pulso de conexión.
cli-help-today-json = Un objeto JSON en vez de frases, para scripts.
cli-help-note = Escribir una nota de ánimo: `village-cli note --mood 4 --tag paseo Una mañana tranquila, luego el parque`.
cli-help-note-mood = 1 (muy difícil), 2 (difícil), 3 (más o menos), 4 (bien) o 5 (muy bien).
cli-help-note-tags = Una etiqueta; usa --tag otra vez para agregar más.
cli-help-note-text = La nota en sí; las palabras después de las opciones se unen con espacios.
cli-help-seed = Llenar una base de datos vacía con datos generados: --profile five-years o heavy, [--seed N].
cli-help-seed-profile = five-years (unas 5500 notas, 60 personas, 15 grupos) o heavy (100 000 notas, 2000 personas).
cli-help-seed-seed = Cualquier número: la misma semilla siempre da los mismos datos.
cli-help-help = Mostrar la ayuda
cli-help-version = Mostrar la versión
cli-help-help-command = Mostrar este mensaje o la ayuda de los subcomandos indicados
# Los títulos de clap; a cada uno le siguen dos puntos.
cli-help-usage = Uso:
cli-help-commands = Comandos
cli-help-options = Opciones
cli-help-arguments = Argumentos
# Un valor de --lang que Village no habla.
cli-lang-choose = Elige en (English) o es (Español).

## today

cli-today-nobody-yet = Todavía no hay nadie en tu círculo: agrega a alguien con quien te gustaría seguir cerca, y Village te avisa cuando haya pasado un tiempo.
cli-today-nobody-due = Hoy no le toca a nadie.
# Antes de las personas a las que les encantaría saber de ti; nunca una lista de lo que debe.
cli-today-due-heading = Les encantaría saber de ti:
# $name: alguien de su círculo; $words: cómo está ("último contacto hace 2 semanas").
cli-today-due-person = { $name } · { $words }
# $group: el grupo; $when: "Mañana a las 10:00 a. m.".
cli-today-next-meeting = Próxima reunión: { $group } · { $when }
cli-today-no-groups = Todavía no hay grupos guardados.
cli-today-no-meetings = No hay reuniones de grupos próximamente.
cli-today-birthdays-heading = Cumpleaños de esta semana:
# $when es "today", "tomorrow" o "later" (entonces $day nombra el día); $turns es la edad que
# cumple, o 0 si no se sabe el año de nacimiento.
cli-today-birthday =
    { $turns ->
        [0]
            { $when ->
                [today] { $name } · hoy
                [tomorrow] { $name } · mañana
               *[later] { $name } · el { $day }
            }
       *[other]
            { $when ->
                [today] { $name } · hoy, cumple { $turns }
                [tomorrow] { $name } · mañana, cumple { $turns }
               *[later] { $name } · el { $day }, cumple { $turns }
            }
    }
# $weeks desde el parto: 2, 6 o 12.
cli-today-prompt =
    { $weeks ->
        [one] { $weeks } semana desde que llegó tu bebé: muchas mamás se toman unos minutos por estas fechas para ver cómo han sido las últimas dos semanas. La autoevaluación está en Ayuda, en Village.
       *[other] { $weeks } semanas desde que llegó tu bebé: muchas mamás se toman unos minutos por estas fechas para ver cómo han sido las últimas dos semanas. La autoevaluación está en Ayuda, en Village.
    }
# La nota amable, como la tiene Hoy en la app.
cli-care-self-harm = Tu última autoevaluación sugiere buscar apoyo. Mereces apoyo hoy mismo.
cli-care-low-days = Tus notas dicen que los últimos días han sido difíciles. No tienes que cargar con eso tú sola.
cli-care-self-check = Tu última autoevaluación dice que las últimas dos semanas han sido difíciles. No tienes que cargar con eso tú sola.
cli-care-crisis = 988 Suicide & Crisis Lifeline: en español, llama al 988 y marca 2, o envía AYUDA por mensaje de texto al 988. Si tú o tu bebé están en peligro inmediato, llama al 911.
# $name: alguien de su círculo a quien puede escribirle.
cli-care-suggestion = Quizás hoy puedas escribirle a { $name }. Un mensaje corto basta.
cli-care-no-suggestion = Alguien de confianza, o una de estas líneas, puede ayudarte.
cli-care-hotline = US National Maternal Mental Health Hotline: llama o envía un mensaje de texto al 1-833-TLC-MAMA (1-833-852-6262). Atiende las 24 horas, todos los días, gratis, en inglés y en español.

## note

# $date: el día de la nota; $mood: la palabra de su ánimo.
cli-note-saved = Se guardó una nota de ánimo del { $date }: { $mood }.
# $tags: sus etiquetas, unidas con comas.
cli-note-saved-tagged = Se guardó una nota de ánimo del { $date }: { $mood }, con las etiquetas { $tags }.

## import

cli-import-skipped-heading = Se dejó fuera lo que no se pudo leer:
cli-import-first-heading = Primeras entradas:
# Una fila de la vista previa: qué es, y sus palabras.
cli-import-row = { $title } · { $detail }
# $example: el --mood-map que escribiría, con N para cada número.
cli-import-unmapped = Las entradas cuyo ánimo no tiene número se dejan fuera; usa --mood-map { $example }, con cada N de 1 (muy difícil) a 5 (muy bien).
cli-import-dry-run = No se cambió nada (--dry-run).
cli-import-moods-heading = Ánimos en este archivo:
# $name: un ánimo como lo nombra su archivo; $entries: cuántas entradas lo tienen; $means: a qué corresponde.
cli-import-mood =
    { $entries ->
        [one] { $name } ({ $entries } entrada) → { $means }
       *[other] { $name } ({ $entries } entradas) → { $means }
    }
# $number: de 1 a 5; $word: la palabra de su ánimo.
cli-import-mood-means = { $number } ({ $word })
cli-import-mood-no-number = todavía sin número

## export, backup, restore, seed

# $path: dónde se escribió el archivo.
cli-exported-json = Se exportó todo como exportación de Village (JSON) a { $path }.
cli-exported-csv = Se exportó el diario como CSV a { $path }.
cli-exported-markdown = Se exportó el diario como Markdown a { $path }.
cli-exported-ics = Se exportaron los grupos como calendario (.ics) a { $path }.
# $holds: lo que guarda la base de datos ("12 notas de ánimo, 3 personas y 2 grupos"); $version: su esquema.
cli-backed-up = Se hizo una copia de { $holds } en { $path } (versión del esquema { $version }).
cli-restored = Village restauró { $holds } desde { $path }.
cli-restore-kept = Lo que reemplazó se guarda en { $path }.
# $profile: five-years o heavy; $seed: el número que dio.
cli-seeded = Se generó { $profile } (semilla { $seed }) en { $path }: { $holds }.
# Se pregunta en la terminal, sin mostrar lo que escribe; su respuesta sigue en la misma línea.
cli-passphrase-prompt = Frase de contraseña para { $path }:

## doctor y recover

cli-doctor-database = Base de datos: { $path }
cli-doctor-integrity-ok = Integridad: bien
cli-doctor-schema-current = Esquema: versión { $version }, al día
# $latest: el esquema que escribe este Village.
cli-doctor-schema-older = Esquema: versión { $version }, anterior a la { $latest } de este Village; Village lo actualiza la próxima vez que lo abra, guardando antes una copia
cli-doctor-people = Personas: { $count }
cli-doctor-mood-notes = Notas de ánimo: { $count }
cli-doctor-groups = Grupos: { $count }
cli-doctor-no-backup = No hay ninguna copia a su lado que se abra completa, así que Village dejó todo como estaba.
cli-doctor-backups-heading = Copias que se abren completas, la más reciente primero:
# Una copia: su nombre de archivo y lo que guarda.
cli-doctor-backup =
    { $name }: { $notes ->
        [one] { $notes } nota
       *[other] { $notes } notas
    }, { $people ->
        [one] { $people } persona
       *[other] { $people } personas
    }, { $groups ->
        [one] { $groups } grupo
       *[other] { $groups } grupos
    }
# $name: la copia buena más reciente.
cli-doctor-recover-hint = `village-cli recover { $name }` abre tu diario desde la más reciente; el archivo que no abría se guarda, tal como está, en la carpeta de copias.
# $backup: el nombre de la copia; $path: dónde se guarda el archivo que no abría.
cli-recovered = Tu diario se abrió de nuevo, desde la copia «{ $backup }». El archivo que no abría se guarda, sin tocar, en { $path }.
