# Cada frase que dice un error: los errores de Rust (el núcleo, la app, la línea de comandos) y
# los de la ventana. Rutas, números y lo que ella escribió son argumentos; { $reason } es la
# frase de otro error.

## Lo que salió mal con los datos de Village o con el disco donde están.

error-storage = Village no pudo leer ni guardar sus datos en este momento. No se perdió nada de lo que escribiste; vuelve a intentarlo.
error-busy-restore = Village está restaurando una copia de seguridad. Vuelve a intentarlo en un momento.
error-busy-rekey = Village está cambiando tu frase de contraseña. Vuelve a intentarlo en un momento.
error-locked = Los datos de Village están bloqueados. Desbloquéalos con tu frase de contraseña.
error-wrong-passphrase = Esa frase de contraseña no abre { $path }.
error-no-key = { $path } no es una base de datos de Village, o está cifrado con una frase de contraseña distinta de la que Village tiene ahora. Village no tocó el archivo.
error-corrupt = { $path } no es una base de datos de Village o está dañado. Village no tocó el archivo.
error-unwritable = Village no puede guardar sus datos en { $path }: { $reason }.
error-too-new = { $path } lo escribió una versión más nueva de Village (esquema { $found }); esta conoce hasta el { $known }.
error-full = Tu dispositivo está lleno, así que esto no se guardó. Libera algo de espacio y vuelve a guardar; lo que escribiste sigue aquí.
error-read-only = Village no puede guardar ahora: el disco donde están sus datos solo se puede leer. Todo lo guardado antes sigue ahí y se puede leer.
error-contended = Otro programa de Village estaba guardando al mismo tiempo, así que esto no se guardó. Vuelve a guardar, por favor.

# Por qué el sistema rechazó un archivo, después de "Village no puede guardar sus datos en …:" o entre paréntesis.
error-io-permission = no tiene permiso
error-io-read-only = el disco solo se puede leer
error-io-full = el dispositivo está lleno
error-io-missing = no existe
# Las palabras del propio sistema, cuando Village no tiene otras.
error-io-other = { $detail }

## Algo que ella estaba viendo ya no está.

error-not-found-person = No encontramos a esa persona. Puede que la hayas quitado de tu círculo.
error-not-found-check-in = No encontramos ese contacto. Puede que lo hayas borrado.
error-not-found-group = No encontramos ese grupo. Puede que lo hayas quitado.
error-not-found-note = No encontramos esa nota. Puede que la hayas borrado.
error-not-found-deleted-note = No encontramos esa nota para recuperarla. Puede que ya haya vuelto, o que haya pasado demasiado tiempo para deshacerlo.
error-not-found-tag = No encontramos esa etiqueta. Puede que la hayas unido a otra.
error-not-found-self-check = No encontramos esa autoevaluación. Puede que la hayas borrado.
error-not-found-plan-person = No encontramos a alguien de tu plan. Puede que ya no esté en tu círculo.
error-not-found-backup = No encontramos esa copia de seguridad. Puede que se haya movido o borrado.

## Restaurar, recuperar y cifrar su diario.

error-recover-not-needed = Tu diario se abre tal como está, así que no se reemplazó nada.
error-recover-name-taken = Un archivo que se apartó hace un momento tiene ese nombre; vuelve a intentarlo en un segundo.
error-restore-file-open = Otra ventana de Village o village-cli tiene tus datos abiertos. Ciérrala y vuelve a restaurar.
error-backup-unencrypted = La copia de seguridad salió sin cifrar, así que no se guardó.
error-copy-incomplete = La nueva copia de { $path } no tenía todo lo que tenía la anterior.
error-rekey-incomplete = La nueva copia no tenía todo lo que tenía la anterior, así que no se cambió nada.
error-key-not-made = No se pudo crear la clave: { $detail }
error-prepare-data = Village no pudo preparar sus datos: { $detail }
# Después de "Village no puede guardar sus datos en …:", para un diario en un disco de solo lectura.
error-io-needs-update = su disco solo se puede leer, y el archivo necesita una actualización (del esquema { $found } al { $known }) que no se puede escribir
error-io-cannot-open = no se pudo abrir el archivo ahí

## Dos cambios que no pueden quedar los dos.

error-tag-taken = Ya hay una etiqueta llamada «{ $name }». Mejor une las dos.
error-meeting-marked = Ya marcaste que fuiste a esta reunión.

## Archivos que exporta o importa.

error-export-format = Elige json, csv, markdown o ics para exportar.
error-import-format = Elige json (una exportación de Village), daylio o vcard para importar.
error-file-too-large = Ese archivo pesa más de { $megabytes } MB; Village lee archivos de hasta ese tamaño.
error-file-not-utf8 = Ese archivo no es texto UTF-8 (línea { $line }). Guárdalo como UTF-8 y vuelve a intentarlo.
# { $detail } son las palabras del lector de JSON.
error-json-unreadable = Ese archivo no es JSON legible: { $detail } (línea { $line }, columna { $column }).
error-not-village-export = Ese archivo no es una exportación de Village: no tiene "format": "village-export".
error-export-too-new = Esa exportación es de la versión { $version }, de un Village más nuevo; este lee hasta la versión { $known }.
error-export-no-version = Esa exportación de Village no tiene una versión que este Village conozca.
error-export-field = Esa exportación de Village tiene un campo que Village no puede leer: { $detail } (línea { $line }, columna { $column }).
# En qué registro de una exportación está el problema; { $list } es el nombre de la lista en el archivo ("people").
error-in-record = En { $list }, número { $number }: { $reason }
error-in-named-record = En { $list }, número { $number } («{ $name }»): { $reason }
error-in-setting = En la configuración, { $key }: { $reason }
# Los nombres de campo del archivo (person_id, group_id, meeting_start) quedan como los escribe el archivo.
error-check-in-needs-owner = Un contacto necesita un person_id o un group_id.
error-meeting-start-without-group = Un meeting_start solo va en el contacto de un grupo.
error-self-check-future = Una autoevaluación no puede tener una fecha futura.
error-score-mismatch = El puntaje es { $score }, pero las respuestas suman { $sum }.
error-setting-value = «{ $value }» no es un valor que Village use para { $key }.
error-record-dangling = menciona una persona, un grupo o una nota que no está ni en el archivo ni en Village.
error-vcard-no-cards = Ese archivo no tiene tarjetas de contacto: Village busca BEGIN:VCARD.
error-own-database = { $path } es la propia base de datos de Village; elige otro archivo u otra carpeta.
error-no-file = No hay ningún archivo en { $path }.
error-not-village-database = { $path } es un archivo SQLite, pero no una base de datos de Village que esta versión pueda leer.

## La exportación CSV de Daylio y los nombres de ánimo que trae.

error-mood-map-pair = «{ $pair }» necesita un número de ánimo: nombre=1 a 5.
error-mood-map-number = «{ $name }» necesita un ánimo del 1 al 5.
error-mood-map-name = Un nombre de ánimo tiene de 1 a 100 caracteres.
# { $names } es una lista de sus nombres de ánimo, cada uno entre comillas.
error-moods-unmapped = Primero dale a { $names } un ánimo del 1 al 5.
error-daylio-header = La línea 1 no es el encabezado de Daylio. Village busca las columnas full_date (o year y date), time y mood, como las escribe Daylio ({ $expected }); este archivo tiene { $found }.
error-daylio-header-empty = La línea 1 no es el encabezado de Daylio. Village busca las columnas full_date (o year y date), time y mood, como las escribe Daylio ({ $expected }); este archivo no tiene ninguna.
error-daylio-full-date = «{ $text }» no es una fecha (Daylio escribe 2024-03-05).
error-daylio-year = «{ $text }» no es un año.
error-daylio-day = «{ $text }» no es un día y mes que Village pueda leer (Daylio escribe June 22 o 22 de junio).
error-daylio-no-such-day = «{ $text }» de { $year } no es una fecha del calendario.
# Los motivos de abajo van después de "Línea 14:".
error-daylio-time = «{ $text }» no es una hora (Daylio escribe 20:15 u 8:15 PM).
error-daylio-mood-empty = el ánimo está vacío.
error-daylio-note-too-long = esta entrada tiene más de { $tags } actividades. Village guarda { $tags } como etiquetas y agrega las demás al final de la nota, pero entonces la nota pasaría de { $max } caracteres. Acorta la nota de esa entrada en Daylio y vuelve a exportar.
error-daylio-quote-open = una nota entre comillas nunca se cierra. Puede que el archivo esté cortado; vuelve a exportarlo desde Daylio.
error-csv-columns = tiene { $columns ->
        [one] 1 columna
       *[other] { $columns } columnas
    } donde el encabezado de este archivo tiene { $expected }. Puede que el archivo esté cortado o que no sea de Daylio.
error-csv-not-utf8 = no es texto UTF-8.
error-csv-unreadable = Village no pudo leerla como CSV.
error-on-line = Línea { $line }: { $reason }

## Lo que ella escribió y por qué no se guardó. { $label } nombra el campo, con las etiquetas de abajo.

error-text-empty = { $label } no puede quedar en blanco.
error-text-control = { $label } tiene un carácter de control oculto; vuelve a escribir el texto, por favor.
error-text-too-long = { $label } puede tener como máximo { $max } caracteres; ahora tiene { $length }.
error-text-markup = { $label } no puede llevar etiquetas HTML como <b>; escribe solo texto sin formato, por favor.
error-label-name = El nombre
error-label-tag = Una etiqueta
error-label-note = La nota
error-label-notes = El campo de notas
error-label-place = El lugar donde se reúne
error-label-contact = El contacto
error-label-link = El enlace
error-label-phone = El número de teléfono
error-label-email = El correo electrónico
error-label-reach = La forma de contacto

error-mood = Elige uno de los cinco ánimos.
error-energy = La energía va del 1 al 5.
error-sleep-hours = Las horas de sueño van de 0 a 24, en medias horas.
error-note-future = Una nota no puede tener una fecha futura.
error-too-many-tags = Una nota puede tener como máximo { $max } etiquetas.
error-month = Ese no es un mes del calendario.
error-trend-days = Las tendencias se muestran de 7 a 366 días.
error-trend-start = Ese periodo empieza antes del calendario.
error-merge-same-tag = Elige dos etiquetas distintas para unirlas.

error-relationship = Elige amiga o amigo, familia, amiga mamá, pareja, profesional u otra.
error-birthday-date = Ese cumpleaños no es una fecha del calendario.
error-birthday-year = Ese año de nacimiento es de hace demasiado tiempo.
error-birthday-future = Un cumpleaños no puede estar en el futuro.
error-phone = Un número de teléfono lleva dígitos y puede tener espacios, +, -, ( y ).
error-email = Ese correo electrónico no parece completo (como nombre@ejemplo.com).
error-cadence = Elige de 1 a 365 días entre contactos, o déjalo vacío para no recibir recordatorios.
error-snooze-days = Pospón entre 1 y 365 días.
error-snooze-after-today = Elige un día después de hoy.
error-snooze-within-year = Elige un día dentro del próximo año.
error-check-in-kind = Elige mensaje, llamada, videollamada, visita, nos vimos en un grupo u otro.
error-check-in-future = Un contacto no puede estar en el futuro.
error-check-in-too-old = Esa fecha es de hace demasiado tiempo para un contacto.

error-group-kind = Elige grupo de apoyo, grupo de mamás y bebés, clase, comunidad en línea, encuentro virtual u otro.
error-link-https = Un enlace debe ser una dirección web que empiece con https:// (como https://example.org/grupo).
error-link-too-long = El enlace puede tener como máximo { $max } caracteres.
error-remind-minutes = Elige un recordatorio de 5 minutos a un día antes de la reunión.
error-nth = Elige el primero, segundo, tercero, cuarto, quinto o el último del mes.
error-weekday = Ese no es un día de la semana.
error-schedule-date = Elige la fecha en que se reúne.
error-schedule-date-range = Elige una fecha entre los años 2000 y 2100.
error-weekdays-none = Elige al menos un día de la semana en que se reúne.
error-weekdays-one = Elige el único día de la semana en que se reúne.
error-repeats = Elige cada semana, cada dos semanas, una vez al mes, solo una vez o sin horario fijo.
error-start-time = Elige la hora en que empieza.
error-start-time-format = Esa no es una hora del día (de 00:00 a 23:59).
error-duration = Una reunión dura de 1 minuto a 24 horas.
error-calendar-archived = Este grupo está archivado. Restáuralo para agregarlo a un calendario.
error-calendar-no-times = Este grupo no tiene horarios de reunión para agregar a un calendario.
error-calendar-none-timed = Ninguno de tus grupos tiene todavía horarios de reunión para agregar a un calendario.
error-attend-no-times = Este grupo no tiene horarios fijos; mejor marca que fuiste hoy.
error-attend-wrong-time = El grupo no se reúne a esa hora.
error-attend-not-started = Esa reunión todavía no empieza. Márcala cuando estés ahí.
error-attend-too-old = Esa reunión fue hace demasiado tiempo para marcarla.

error-date = Esa no es una fecha del calendario.
error-date-time = Esa no es una fecha y hora del calendario.
error-time-skipped = Esa hora no existió cuando se cambió el reloj; elige otra.

error-theme = Elige claro, oscuro o igual que tu dispositivo.
error-time-of-day = Usa una hora del día, como 21:00.
error-quiet-hours-same = Las horas de silencio necesitan horas de inicio y fin distintas.
error-reminder-daytime = Elige una hora entre las 06:00 y las 22:00, para que los recordatorios nunca lleguen de noche.
error-text-size = Elige un tamaño de texto de 100 a 200 por ciento.
error-idle-lock = Elige nunca, o 5, 15 o 60 minutos.
error-birth-date-future = La fecha de nacimiento no puede estar en el futuro.
error-birth-date-old = Village guarda una fecha de nacimiento de los últimos { $years } años.

error-passphrase-control = Una frase de contraseña no puede tener caracteres de control, como tabulaciones o saltos de línea.
error-passphrase-empty = Escribe tu frase de contraseña.
error-passphrase-too-short = Una frase de contraseña necesita al menos { $min } caracteres.
error-passphrase-too-long = Una frase de contraseña puede tener como máximo { $max } caracteres.
error-not-encrypted = { $path } no está cifrado.
error-remembered-key = La clave recordada no es una que Village haya escrito.

error-seed-profile = Elige five-years o heavy.
error-seed-too-early = Esa fecha es demasiado antigua para generar datos a partir de ella.

## Lo que rechazan los comandos de la ventana.

error-snooze-choose = Elige por cuánto tiempo posponer.
error-import-no-file = Primero elige un archivo para importar.
error-backup-gone = Esa copia de seguridad ya no está en la carpeta de copias.
error-file-unreadable = Village no pudo leer { $name } ({ $reason }).
error-not-a-local-place = Ese lugar no es una carpeta de este dispositivo; elige una que sí lo sea.
error-own-data-file = Ese es el propio archivo de datos de Village. Elige otro nombre u otra carpeta.
error-save-file = Village no pudo guardar el archivo ahí ({ $reason }). No se cambió nada más; prueba con otra carpeta.
error-passphrases-differ = Las dos frases de contraseña nuevas no son iguales. Vuelve a escribirla en los dos campos.
error-no-passphrase = Tu diario no tiene una frase de contraseña que quitar.
error-current-passphrase-empty = Primero escribe tu frase de contraseña actual.
error-current-passphrase-wrong = Esa no es tu frase de contraseña actual. No se cambió nada.
error-login-entry-unread = Village no pudo saber si se abre al iniciar sesión.
error-login-entry-add = Village no pudo agregarse a las apps que se abren al iniciar sesión.
error-login-entry-remove = Village no pudo quitarse de las apps que se abren al iniciar sesión.

## Lo que rechaza village-cli en la terminal. Las opciones (--db, --format …) quedan tal cual.

error-cli-file = { $path }: { $reason }
error-cli-no-database = No hay ninguna base de datos de Village en { $path }. Usa --db RUTA para usar otra.
error-cli-no-data-folder = Village no encuentra la carpeta de datos de este sistema. Usa --db RUTA o define VILLAGE_DATA_DIR.
error-cli-needs-passphrase = { $path } está cifrado. Usa --passphrase-file ARCHIVO, o ejecuta esto en una terminal para que te pida la frase de contraseña.
# { $holds } dice lo que contiene ("1 nota de ánimo").
error-cli-not-empty = { $path } ya contiene { $holds }. seed solo llena una base de datos vacía: usa --db con un archivo nuevo.
error-cli-unreadable = Village no puede leer { $path }: { $reason }.
error-cli-unwritable = Village no puede escribir { $path }: { $reason }.
error-cli-is-the-database = { $path } es la propia base de datos de Village; elige otro archivo.
error-cli-unknown-format = Village no sabe qué tipo de archivo es { $path }. Indícalo con --format json, daylio o vcard.
# El motivo del núcleo y luego cómo decirlo en la terminal.
error-cli-guided = { $reason } { $how }
error-cli-mood-flag = Usa --mood 1 (muy difícil) a 5 (muy bien).
error-cli-unmapped-moods = { $reason } Usa --mood-map { $example }, con cada N de 1 (muy difícil) a 5 (muy bien).
error-cli-terminal = Village no puede escribir en la terminal: { $reason }.
error-cli-prompt = Village no puede leer la terminal: { $reason }.
error-cli-runtime = Village no pudo iniciar: { $detail }

## Las palabras de la ventana para un error que llegó sin una frase propia.

error-code-invalid = Revisa lo que escribiste, por favor.
error-code-not-found = No lo encontramos. Puede que se haya quitado.
error-code-conflict = Eso cambió mientras tanto. Vuelve a intentarlo, por favor.
error-code-locked = Village está bloqueado. Desbloquéalo para seguir.
error-code-storage = Village no pudo leer ni guardar sus datos en este momento. No se perdió nada de lo que escribiste; vuelve a intentarlo.
error-code-internal = Algo salió mal dentro de Village y no se cambió nada. Vuelve a intentarlo, por favor.
error-not-connected = La ventana de Village no está conectada a la app.

## Piezas con las que se arman otros mensajes.

# Los elementos de una lista, como los dice una frase: "«a», «b» y «c»".
error-list-and = { $items } y { $last }
error-quoted = «{ $text }»
