# La lista del Círculo, la página de una persona, el formulario de una persona y las piezas
# que comparten (los botones para anotar un contacto, los enlaces para comunicarse, el
# interruptor de recordatorios, la confirmación antes de borrar).

## La lista del Círculo

circle-heading = Tu círculo
circle-add = Agregar a alguien
circle-add-submit = Agregar a mi círculo
circle-added = Se agregó a { $name }
circle-check-in = Anotar
    .aria-label = Anotar un contacto con { $name }
# $relationship es la palabra de la relación («Amiga»); ella mantiene a esta persona arriba.
circle-relationship-pinned = { $relationship } · siempre arriba
circle-empty-ask = ¿Con quién te gustaría seguir cerca? Una amiga, tu hermana, otra mamá de una clase.
circle-empty-start = Agrega a una persona para empezar. Village te lo recuerda con calma cuando haya pasado un tiempo.
circle-show-archived = Mostrar personas archivadas

## Anotar un contacto en dos toques

circle-log-with = Anotar un contacto con { $name }
# Se dice después de anotar un contacto. $kind es cómo: text, call, video, visit, met_at_group u other.
circle-logged =
    { $kind ->
        [text] Anotado: mensaje con { $name }
        [call] Anotado: llamada con { $name }
        [video] Anotado: videollamada con { $name }
        [visit] Anotado: visita con { $name }
        [met_at_group] Anotado: encuentro en un grupo con { $name }
       *[other] Anotado: contacto con { $name }
    }

## Comunicarse con alguien: la app de teléfono, de mensajes o de correo


## El interruptor de recordatorios en la página de una persona o un grupo ($name es su nombre)

reminder-switch-label = Recordarme de { $name }
reminder-switch-on = Los recordatorios sobre { $name } están activados
reminder-switch-off = Los recordatorios sobre { $name } están desactivados

## Borrar para siempre pregunta antes

delete-confirm-ask = Borrar…
delete-confirm-yes = Borrar para siempre
delete-confirm-keep = Conservar

## El formulario de una persona

person-form-name = Nombre
person-form-relationship = Quién es para ti
person-form-cadence = Ponerte en contacto cada … días
person-form-cadence-hint = Déjalo vacío si no quieres recordatorios.
person-form-cadence-whole = Elige de 1 a 365 días, o déjalo vacío si no quieres recordatorios.
person-form-phone = Teléfono
person-form-email = Correo electrónico
person-form-reach = Otras formas de comunicarte
person-form-birthday = Cumpleaños (opcional)
person-form-month = Mes
person-form-no-birthday = Sin cumpleaños
person-form-day = Día
person-form-year = Año, si lo sabes
person-form-birthday-invalid = Ese cumpleaños no es una fecha del calendario.
person-form-notes = Notas
person-form-pinned = Mantener arriba
person-form-paused = Pausar los recordatorios por ahora

## La página de una persona

person-back = ← Círculo
person-not-found = No se encontró
person-back-to-circle = Volver a tu círculo
# Bajo el nombre. $known dice qué datos hay: both, cadence, birthday o none;
# $cadence es cada cuántos días, $birthday el cumpleaños como fecha («5 de marzo»).
person-facts =
    { $known ->
        [both]
            { $cadence ->
                [one] { $relationship } · todos los días · cumpleaños: { $birthday }
               *[other] { $relationship } · cada { $cadence } días · cumpleaños: { $birthday }
            }
        [cadence]
            { $cadence ->
                [one] { $relationship } · todos los días
               *[other] { $relationship } · cada { $cadence } días
            }
        [birthday] { $relationship } · cumpleaños: { $birthday }
       *[none] { $relationship }
    }
# $words dice cuándo toca el próximo contacto («en 4 días»); $date es ese día.
person-due-on = { $words } ({ $date })
person-archived-note = En el archivo: fuera de la lista de tu círculo y sin recordatorios.
person-log-heading = Anotar un contacto
person-earlier = Antes, o con una nota
person-earlier-when = Cuándo
person-earlier-how = Cómo
person-earlier-note = Una nota corta (opcional)
person-earlier-save = Guardar
person-earlier-no-date = Eso no es una fecha y hora del calendario.

person-reach-heading = Ponte en contacto

person-snooze-heading = Ahora no
person-snooze-hint = Aplaza el recordatorio por un tiempo.
person-snooze-no-cadence = Los recordatorios están desactivados para esta persona.
# Un botón que aplaza el recordatorio $days días.
person-snooze-for =
    { $days ->
        [7] Una semana
        [one] { $days } día
       *[other] { $days } días
    }
person-snooze-day = O hasta el día que elijas
person-snooze-until = Aplazar hasta ese día
person-snooze-pick-day = Elige un día después de hoy.
person-snoozed = Aplazado
person-snoozed-until = Aplazado hasta el { $date }.
person-snooze-stop = Quitar el aplazamiento

person-reminders-heading = Recordatorios
person-reminders-paused = En pausa: no hay recordatorios hasta que los reanudes en Editar datos.
person-reminders-none = Indica cada cuánto quieres ponerte en contacto, o un cumpleaños, y te llegarán recordatorios.
# $occasions: both, cadence o birthday.
person-reminders-when =
    { $occasions ->
        [both] Una notificación cuando sea momento de ponerte en contacto, y en su cumpleaños.
        [cadence] Una notificación cuando sea momento de ponerte en contacto.
       *[birthday] Una notificación en su cumpleaños.
    }

person-history-heading = Historial de contacto
# Sin cuentas ni metas: aquí no se debe nada.
person-history-empty = Todavía no hay nada anotado. Cada vez que te comuniques, aparecerá aquí.
person-history-showing =
    { $shown ->
        [one] Se muestra el más reciente de { $total }.
       *[other] Se muestran los { $shown } más recientes de { $total }.
    }
# .aria-label: $kind es cómo (como en circle-logged), $when el día y la hora.
person-history-remove = Quitar
    .aria-label =
        { $kind ->
            [text] Quitar el mensaje del { $when }
            [call] Quitar la llamada del { $when }
            [video] Quitar la videollamada del { $when }
            [visit] Quitar la visita del { $when }
            [met_at_group] Quitar el encuentro en un grupo del { $when }
           *[other] Quitar el contacto del { $when }
        }
person-history-removed = Se quitó el registro

person-details-heading = Datos
person-edit-details = Editar datos
person-save-changes = Guardar cambios
person-saved = Guardado
person-archive = Archivar
person-archived = Se archivó a { $name }
person-restore = Volver a mi círculo
person-restored = { $name } volvió a tu círculo
person-delete-confirm = ¿Borrar a { $name } y todo tu historial de contacto con esa persona? No se puede deshacer. Si prefieres, archívala: queda fuera de la vista sin borrar nada.
person-deleted = Se borró a { $name }
