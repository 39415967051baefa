# Notificaciones: lo que ve en su dispositivo cuando llega un recordatorio, con la ventana
# abierta o cerrada. Cálidas y breves; nunca una cuenta de lo que debe.

# $name: alguien de su círculo.
notification-birthday-title = Hoy es el cumpleaños de { $name }
notification-birthday-body = Un buen día para mandar unas palabras cariñosas.
notification-check-in-title = Es un buen momento para saludar a { $name }
notification-check-in-body = Con un saludo basta: un mensaje, una llamada o una nota de voz.
# Varias personas a la vez; $count es cuántas.
notification-check-ins-title =
    { $count ->
        [one] A { $count } persona le encantaría saber de ti
       *[other] A { $count } personas les encantaría saber de ti
    }
# $names: las primeras, como lista, o notification-names-and-others.
notification-check-ins-body = { $names }. Con un saludo basta: un mensaje, una llamada o una nota de voz.
# $names: las primeras, unidas con comas; $others: cuántas más.
notification-names-and-others =
    { $others ->
        [one] { $names } y { $others } persona más
       *[other] { $names } y { $others } personas más
    }
# $group: el nombre del grupo; $at: "a las 10:30 a. m.".
notification-meeting-today-title = { $group } empieza hoy { $at }
notification-meeting-tomorrow-title = { $group } se reúne mañana { $at }
# $duration: cuánto falta para que empiece, "1 hora".
notification-meeting-body = Empieza en { $duration }.
# $place: la primera línea de dónde se reúne.
notification-meeting-body-place = Empieza en { $duration }. En { $place }.
notification-meeting-body-online = Empieza en { $duration }. En línea.
notification-nudge-title = ¿Cómo estás hoy?
notification-nudge-body = Con un toque basta, cuando quieras.
# Con Village bloqueado, la notificación solo dice que hay un recordatorio: cualquiera puede verla.
notification-locked-title = Village
notification-locked-body = Tienes un recordatorio
# La primera vez que cierra la ventana.
notification-still-here-title = Village sigue aquí
notification-still-here-body = Tus recordatorios siguen llegando con la ventana cerrada. Para detenerlos, elige Salir de Village en Ajustes o en el menú de la bandeja.
# Un clic en una notificación.
notification-open = Abrir Village
