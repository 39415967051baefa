# Lo que village-core y la app escriben para ella: cómo está cada persona de su círculo, el
# pulso de conexión, cuándo se reúnen los grupos, las exportaciones para leer, los informes de
# importación y las copias de seguridad.

## Partes de frases

# Una lista de dos o más: $first son todos menos el último, ya unidos con comas.
list-and = { $first } y { $last }
duration-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
duration-hours =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
duration-hours-minutes =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    } y { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
# Una hora del día en reloj de 12 horas: $hour de 1 a 12, $minutes con dos cifras ("05"),
# $half es "am" o "pm".
time-of-day =
    { $half ->
        [am] { $hour }:{ $minutes } a. m.
       *[pm] { $hour }:{ $minutes } p. m.
    }
# $time es una hora ("6:30 p. m."); $hour, la hora en reloj de 12 horas: "a la 1:00", "a las 6:30".
time-at =
    { $hour ->
        [1] a la { $time }
       *[other] a las { $time }
    }
time-until =
    { $hour ->
        [1] hasta la { $time }
       *[other] hasta las { $time }
    }
# Un día de la semana después de "todos los": en plural.
day-every-mon = lunes
day-every-tue = martes
day-every-wed = miércoles
day-every-thu = jueves
day-every-fri = viernes
day-every-sat = sábados
day-every-sun = domingos

## Cómo está cada persona de su círculo, junto a su nombre. Nunca una deuda: nadie está "atrasado".

due-might-love-a-hello = le encantaría saber de ti
due-today = buen día para saludar
due-tomorrow = mañana
due-in-days =
    { $days ->
        [one] en { $days } día
       *[other] en { $days } días
    }
due-no-reminders = sin recordatorios
due-paused = en pausa
due-archived = en el archivo
# Cuándo fue su último contacto con alguien a quien ya le toca: cuanto más atrás, más redondo.
due-last-in-touch-days =
    { $count ->
        [one] último contacto: ayer
       *[other] último contacto hace { $count } días
    }
due-last-in-touch-weeks =
    { $count ->
        [one] último contacto hace una semana
       *[other] último contacto hace { $count } semanas
    }
due-last-in-touch-months =
    { $count ->
        [one] último contacto hace un mes
       *[other] último contacto hace { $count } meses
    }
due-last-in-touch-long-ago = último contacto hace más de un año

## El pulso de conexión en Hoy

pulse-nothing-yet = Todavía no hay nada anotado. Cuando le escribas, llames o veas a alguien, anótalo y aparecerá aquí.
# $days desde su último contacto (0 es hoy); $name, con quién.
pulse-with-person =
    { $days ->
        [0] Hoy te conectaste con { $name }.
        [1] Tu último contacto fue ayer, con { $name }.
       *[other] Tu último contacto fue hace { $days } días, con { $name }.
    }
# $group: el grupo al que fue.
pulse-at-group =
    { $days ->
        [0] Hoy te conectaste en { $group }.
        [1] Tu último contacto fue ayer, en { $group }.
       *[other] Tu último contacto fue hace { $days } días, en { $group }.
    }

## Cuándo se reúne un grupo. $at es "a las 10:00 a. m." (time-at); $duration, "1 hora y 30 minutos".

schedule-no-fixed-time = Sin horario fijo
schedule-daily = Todos los días { $at }, durante { $duration }
# $days: los días como lista, cada uno de day-every-* ("martes y jueves").
schedule-weekly = Todos los { $days } { $at }, durante { $duration }
# $day: de day-every-*.
schedule-every-other-week = Cada dos semanas, los { $day } { $at }, durante { $duration }
# $nth: uno de schedule-nth-*; $day: el nombre del día (date-weekday en formats.ftl).
schedule-monthly = El { $nth } { $day } de cada mes { $at }, durante { $duration }
# $date: el día, "sáb, 5 de dic de 2026".
schedule-once = Una vez, el { $date } { $at }, durante { $duration }
schedule-nth-1 = primer
schedule-nth-2 = segundo
schedule-nth-3 = tercer
schedule-nth-4 = cuarto
schedule-nth-5 = quinto
schedule-nth-last = último
# Una reunión dicha desde donde ella está. $until es "hasta las 11:30 a. m." (time-until).
meeting-now = Ahora, { $until }
meeting-today = Hoy { $at }
meeting-tomorrow = Mañana { $at }
meeting-yesterday = Ayer { $at }
# $day: el nombre del día (date-weekday en formats.ftl), dentro de la semana que viene.
meeting-weekday = El { $day } { $at }
# $date: "sáb, 28 de nov", con el año si es de otro año.
meeting-date = { $date } { $at }

## El archivo de calendario (.ics) que muestra su app de calendario

calendar-name = Grupos de Village
calendar-contact = Contacto: { $contact }

## El diario como archivo Markdown para leer o imprimir

journal-export-title = Mi diario de Village
# El título de una nota: su hora, la palabra de su ánimo y su número.
journal-export-note = { $time } · { $mood } ({ $number } de 5)
journal-export-tags = Etiquetas: { $tags }

## Importaciones: lo que agregará un archivo, y lo que conviene que sepa de cómo se leyó

# Cómo llama el filtro de una ventana de archivos a cada tipo de archivo.
import-format-json = una exportación de Village
import-format-daylio = una exportación de Daylio
import-format-vcard = contactos (vCard)
# Una nota de ánimo en la vista previa: su día y la palabra de su ánimo.
import-preview-note = { $date } · { $mood }
import-count-mood-notes =
    { $count ->
        [one] { $count } nota de ánimo
       *[other] { $count } notas de ánimo
    }
import-count-people =
    { $count ->
        [one] { $count } persona
       *[other] { $count } personas
    }
import-count-check-ins =
    { $count ->
        [one] { $count } contacto anotado
       *[other] { $count } contactos anotados
    }
import-count-groups =
    { $count ->
        [one] { $count } grupo
       *[other] { $count } grupos
    }
import-count-tags =
    { $count ->
        [one] { $count } etiqueta
       *[other] { $count } etiquetas
    }
import-count-self-checks =
    { $count ->
        [one] { $count } autoevaluación
       *[other] { $count } autoevaluaciones
    }
import-count-safety-plan-steps =
    { $count ->
        [one] { $count } paso del plan de seguridad
       *[other] { $count } pasos del plan de seguridad
    }
import-count-settings =
    { $count ->
        [one] { $count } ajuste
       *[other] { $count } ajustes
    }
import-count-nothing = nada
# $count: cuántos registros se agregan (0 es ninguno); $added los enumera ("12 notas de ánimo y 3 etiquetas").
import-added =
    { $count ->
        [0] Village no agregó nada.
       *[other] Village agregó { $added }.
    }
# $updated enumera los registros de los que el archivo tenía una copia más nueva.
import-added-and-updated =
    { $count ->
        [0] Village no agregó nada y actualizó { $updated }.
       *[other] Village agregó { $added } y actualizó { $updated }.
    }
import-will-add =
    { $count ->
        [0] Esto no agregará nada.
       *[other] Esto agregará { $added }.
    }
import-will-add-and-update =
    { $count ->
        [0] Esto no agregará nada y actualizará { $updated }.
       *[other] Esto agregará { $added } y actualizará { $updated }.
    }
# $count: cuántos registros ya están aquí tal como los tiene el archivo; $unchanged los enumera.
import-unchanged =
    { $count ->
        [one] { $unchanged } ya está en Village y se deja como está.
       *[other] { $unchanged } ya están en Village y se dejan como están.
    }
# Se agrega a una nota: las actividades de Daylio que pasan del límite de etiquetas.
import-daylio-also = También: { $activities }
# $count: cuántas entradas; $max: el límite de etiquetas; $lines: qué líneas (import-lines).
import-daylio-crowded =
    { $count ->
        [one] { $count } entrada tenía más de { $max } actividades: las primeras { $max } se volvieron etiquetas y el resto se agregó al final de la nota ({ $lines }).
       *[other] { $count } entradas tenían más de { $max } actividades: las primeras { $max } se volvieron etiquetas y el resto se agregó al final de la nota ({ $lines }).
    }
# $numbers: números de línea unidos con comas.
import-lines =
    { $count ->
        [one] línea { $numbers }
       *[other] líneas { $numbers }
    }
import-lines-and-more = líneas { $numbers } y { $more } más
# Un nombre de su archivo, entre comillas.
import-quoted = «{ $text }»
# $columns: los nombres de las columnas, entre comillas, como lista.
import-daylio-columns-left-out =
    { $count ->
        [one] Village no guarda la columna { $columns }, así que se dejó fuera.
       *[other] Village no guarda las columnas { $columns }, así que se dejaron fuera.
    }
import-vcard-outside = La línea { $line } está fuera de toda tarjeta (BEGIN:VCARD … END:VCARD).
import-vcard-no-end = La tarjeta de la línea { $line } no tiene END:VCARD; puede que el archivo esté incompleto.
import-vcard-unreadable = No se pudo leer la tarjeta de la línea { $line }.
import-vcard-no-name = La tarjeta de la línea { $line } no tiene nombre (FN o N), apodo, organización ni correo, así que se dejó fuera.
# $reason: por qué la rechazó el formulario de persona.
import-vcard-refused = La tarjeta de la línea { $line } se dejó fuera: { $reason }
# $note: lo que se dejó fuera de la tarjeta (import-vcard-birthday-unread).
import-vcard-card-note = La tarjeta de la línea { $line }: { $note }
import-vcard-birthday-unread = El cumpleaños de { $name }, «{ $text }», no es una fecha que Village sepa leer, así que se dejó fuera.
# Se escribe en las notas de la persona: los números y correos que no cupieron en el formulario.
import-vcard-other-phones = Otros teléfonos: { $phones }
import-vcard-other-emails = Otros correos: { $emails }

## Copias de seguridad

backup-daily-skipped = La copia de seguridad automática de hoy no se hizo: el dispositivo tiene { $megabytes } MB libres, y Village guarda ese espacio para tu diario. Cuando haya más espacio, la próxima se hará como siempre.
# Una copia en la lista; $when es su fecha y hora.
backup-daily = Copia diaria, { $when }
backup-before-update = Guardada antes de una actualización, { $when }
backup-before-restore = Guardada antes de una restauración, { $when }
backup-other = Guardada aquí, { $when }
backup-when-unknown = fecha desconocida
# $date: el día de la copia ("sábado, 21 de noviembre de 2026"); $time: su hora.
backup-when = { $date }, { $time }

## Las ventanas de archivos del sistema

dialog-export-json = Exportar todo
dialog-export-csv = Exportar notas de ánimo
dialog-export-markdown = Exportar mi diario
dialog-export-ics = Guardar en un archivo de calendario
dialog-import-json = Importar una exportación de Village
dialog-import-daylio = Importar desde Daylio
dialog-import-vcard = Importar contactos
dialog-backup = Hacer una copia de Village
dialog-restore = Restaurar una copia de seguridad
# Lo que muestra cada filtro de una ventana de archivos.
dialog-filter-json = Exportación de Village (.json)
dialog-filter-csv = Hoja de cálculo (.csv)
dialog-filter-markdown = Markdown (.md)
dialog-filter-ics = Calendario (.ics)
dialog-filter-backup = Copia de seguridad de Village (.db)
dialog-filter-all = Todos los archivos
