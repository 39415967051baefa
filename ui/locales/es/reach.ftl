# Acercarse a los demás: "Saludar" con unas palabras listas, "Pedir que me llamen", invitar a
# alguien a la próxima reunión de un grupo y encontrar un grupo. Village nunca envía nada por su
# cuenta: se abre su propia app de mensajes, teléfono o correo con las palabras. (Las palabras
# listas, con el nombre de cada persona, vienen del shell.)

## Saludar, dondequiera que aparezca una persona ($name es su nombre)

hello-open = Saludar
    .aria-label = Saludar a { $name }
hello-title = Saludar a { $name }
hello-how = Cómo
# Las formas que tiene para esa persona, con el número o la dirección que guardó.
hello-way-text = Mensaje al { $number }
hello-way-call = Llamar al { $number }
hello-way-email = Correo a { $address }
hello-no-ways = Todavía no hay un número ni un correo de { $name }.
hello-add-ways = Agrégalo en su página
hello-pick = Palabras listas
hello-words = Tu mensaje (cámbialo como quieras)
hello-save-own = Guardar estas palabras
hello-saved-own = Guardado en tus mensajes
hello-send-text = Abrir Mensajes
hello-send-email = Abrir el correo
hello-send-call = Llamar a { $name }
hello-close = Cerrar
hello-no-app = Ninguna app de este dispositivo pudo abrirlo.
# Se pregunta una vez, cuando vuelve de su app de mensajes o del teléfono.
hello-question = ¿Pudiste comunicarte con { $name }?
hello-question-hint = No se guarda nada a menos que digas que sí.
hello-yes = Sí
hello-not-yet = Todavía no
hello-not-yet-said = Está bien. No se guardó nada.

## Sus propios mensajes, guardados para la próxima vez

hello-mine = Mis mensajes
hello-mine-none = Las palabras que guardes aparecen aquí, listas para la próxima vez.
hello-mine-edit = Editar
    .aria-label = Editar este mensaje
hello-mine-delete = Eliminar
    .aria-label = Eliminar este mensaje
hello-mine-label = Este mensaje
hello-mine-save = Guardar
hello-mine-cancel = Cancelar
hello-mine-saved = Mensaje guardado
hello-mine-deleted = Mensaje eliminado

## Hoy: las otras formas de anotar un saludo que ya pasó

hello-other-ways = Otras formas
hello-other-hint = ¿Ya estuvieron en contacto? Anota cómo:

## Pedir que me llamen

ask-open = Pedir que me llamen
ask-title = Pide a alguien que te llame
ask-who = ¿A quién te gustaría pedírselo?
# $name y $number: alguien de su círculo o de su plan, y el número al que Village escribe.
ask-person = { $name }, { $number }
ask-none = Cuando alguien de tu círculo tenga un número de teléfono, podrás pedírselo aquí.
ask-to-circle = Ir a tu círculo
ask-hint = Tu app de mensajes se abre con estas palabras. Tú las envías.
# En Necesito ayuda ahora, sobre el botón.
ask-lead = Alguien de confianza puede devolverte la llamada. Village abre tu app de mensajes con las palabras listas; tú las envías.

## Invitar a alguien a la próxima reunión de un grupo

invite-open = Invitar a alguien
invite-title = Invita a alguien a la próxima reunión
# $when es la reunión como la dice la app ("jue, 5 mar, 10:00 a. m.").
invite-next = Próxima reunión: { $when }
invite-who = ¿A quién te gustaría invitar?
invite-none = Cuando alguien de tu círculo tenga un número de teléfono o un correo, podrás invitarlo aquí.
invite-words = Tu invitación (cámbiala como quieras)
invite-calendar = Agregar solo esta reunión a mi calendario (.ics)
# La línea de estado; $path es dónde quedó el archivo del calendario.
invite-calendar-saved = Guardado en { $path }

## Encontrar un grupo

title-find = Encontrar un grupo
find-open = Encontrar un grupo
find-heading = Encontrar un grupo
find-back = ← Grupos
find-lead = Grupos gratuitos a los que puedes unirte, en línea o cerca de ti. Guarda uno para probar y te espera en tus grupos.
find-visit = Visitar su página
    .aria-label = Visitar la página de { $name }
# $source es el sitio de donde vienen los datos ("postpartum.net"), $date el día en que se revisaron.
find-source = De { $source }, revisado el { $date }
find-save = Guardar en mis grupos
    .aria-label = Guardar { $name } en mis grupos
find-saved = { $name } ya está en tus grupos
find-in-groups = En tus grupos
find-no-app = No se pudo abrir el enlace en este dispositivo.
find-none = Por ahora no hay nada que mostrar aquí.
