# Grupos: sus grupos, lo que se reúne pronto, las reuniones recientes que puede marcar, la página
# de un grupo, el formulario para agregarlo o editarlo, y «Fui».

groups-heading = Tus grupos
groups-add = Agregar un grupo
groups-add-heading = Agregar un grupo
groups-form-save = Guardar este grupo
# La línea de estado; $name es el grupo que guardó.
groups-saved = Guardamos { $name }
groups-empty = Un grupo semanal de mamás y bebés, un grupo de apoyo, una clase, un encuentro en línea: guarda los que frecuentas o los que te gustaría probar.
groups-empty-more = Village te muestra cuándo se reúne cada uno y guarda una nota de las veces que fuiste.
groups-upcoming-heading = Próximamente
groups-upcoming-none = Nada en las próximas dos semanas.
# Reuniones a las que quizás fue o quizás no: una oferta tranquila, nunca pasar lista.
groups-recent-heading = Reuniones recientes
groups-recent-hint = De las últimas dos semanas. Si fuiste a alguna, márcala aquí si quieres.
groups-all-heading = Todos tus grupos
groups-show-archived = Mostrar grupos archivados
groups-export-all = Agregar todos a mi calendario (.ics)
# La línea de estado; $path es dónde quedó el archivo del calendario.
groups-calendar-saved = Guardado en { $path }
groups-you-went = Fuiste

## Un grupo en la lista

groups-row-archived = Archivado
# $when es la próxima reunión como la escribe la app («jue, 5 mar, 10:00 a. m.»).
groups-row-next = Próxima: { $when }
groups-row-no-more = No hay más reuniones en el calendario
groups-row-no-time = Sin horario fijo
# $kind es el tipo de grupo; $schedule, cuándo se reúne («Cada semana el jueves a las 10:00 a. m.»).
groups-row-kind = { $kind } · { $schedule }

## La página de un grupo

group-back = ← Grupos
group-not-found = No lo encontramos
group-back-to-groups = Volver a tus grupos
group-next = Próxima: { $when }
group-where-heading = Dónde
group-contact = Contacto: { $contact }
group-open-link = Abrir el enlace del grupo
group-open-link-failed = No se pudo abrir el enlace en este dispositivo.
group-meetings-heading = Cuándo se reúne
group-archived-no-meetings = Archivado: no se muestran próximas reuniones.
group-no-more-meetings = No hay más reuniones en el calendario.
# Cuánto antes de una reunión llega su recordatorio: $unit es "day", "hour" o "minute"; $count, cuántos.
group-reminder-detail =
    Una notificación { $unit ->
        [day]
            { $count ->
                [one] { $count } día
               *[other] { $count } días
            }
        [hour]
            { $count ->
                [one] { $count } hora
               *[other] { $count } horas
            }
       *[minute]
            { $count ->
                [one] { $count } minuto
               *[other] { $count } minutos
            }
    } antes de cada reunión. Cambia cuánto antes en Editar detalles.
group-export = Agregar a mi calendario (.ics)
group-recent-heading = Reuniones recientes

## Las veces que fue

group-history-heading = Las veces que fuiste
group-history-none = Todavía no marcaste ninguna. Ir una vez ya es mucho; cuenta.
group-history-partial =
    { $shown ->
        [one] Se muestra la más reciente de { $total }.
       *[other] Se muestran las { $shown } más recientes de { $total }.
    }
# $when es cuándo fue la reunión («5 mar 2026, 10:00 a. m.»).
group-history-remove = Quitar
    .aria-label = Quitar la reunión del { $when }
group-history-removed = Se quitó
# $mood es cómo se sintió después, en minúsculas.
group-felt-after = Ánimo después: { $mood }

## Editar, archivar y borrar un grupo

group-details-heading = Detalles
group-edit-details = Editar detalles
group-save-changes = Guardar cambios
group-saved = Guardado
group-archive = Archivar
group-restore = Restaurar
group-archived = { $name } quedó archivado
group-restored = { $name } está de vuelta
group-delete-confirm = ¿Borrar { $name } y las veces que marcaste que fuiste? Las notas de tu diario se quedan. Esto no se puede deshacer; si lo archivas, queda fuera de la vista.
group-deleted = Se borró { $name }

## El formulario para agregar o editar un grupo

group-form-name = Nombre
group-form-kind = Tipo de grupo
group-form-schedule = Cuándo se reúne
group-form-repeats = Con qué frecuencia
# Sobre las casillas de los días de un grupo semanal.
group-form-days = Los días
# El primer, segundo… o último día de la semana del mes.
group-form-nth = Cuál
group-form-month-day = Día de la semana
group-form-date-from = A partir del
group-form-date-first = Fecha de una primera reunión
group-form-date = Fecha
group-form-time = Empieza a las
group-form-duration = Dura (minutos)
group-form-duration-hint = Hasta 24 horas (1440 minutos).
group-form-duration-range = Una reunión dura de 1 minuto a 24 horas.
group-form-remind = Recordarme
# Cuánto antes de una reunión llega su recordatorio: $unit es "day", "hour" o "minute".
group-form-remind-option =
    { $unit ->
        [day]
            { $count ->
                [one] { $count } día antes
               *[other] { $count } días antes
            }
        [hour]
            { $count ->
                [one] { $count } hora antes
               *[other] { $count } horas antes
            }
       *[minute]
            { $count ->
                [one] { $count } minuto antes
               *[other] { $count } minutos antes
            }
    }
group-form-place = Dónde (una dirección)
group-form-link = Enlace (para grupos en línea)
group-form-link-input =
    .placeholder = https://
group-form-link-hint = Una dirección web que empiece con https://
group-form-contact = Contacto
group-form-contact-hint = Quién lo organiza, o cómo comunicarte.
group-form-notes = Notas

## «Fui»

attend-open = Fui
    .aria-label = Fui a { $group }, { $when }
# Para un grupo sin horario fijo: fue hoy.
attend-open-today =
    .aria-label = Fui a { $group }, hoy
attend-title = ¡Qué bueno que fuiste! ¿Cómo te sentiste después?
attend-hint = Opcional. Se guarda en tu diario, con la etiqueta del grupo.
attend-mood =
    .aria-label = ¿Cómo te sentiste después? (opcional)
attend-note = Unas palabras (opcional)
attend-save = Guardar que fui
attend-cancel = Ahora no
attend-saved = Anotado: fuiste a { $group }
