# Hoy, la vista de inicio: la pregunta del ánimo, a quién le gustaría un saludo, la próxima
# reunión, los cumpleaños, el pulso de conexión y, cuando ha sido difícil, una nota amable.

today-heading = Hoy

## Cómo está ahora

today-mood-heading = ¿Cómo estás ahora?
# Lo dice la línea de estado después de tocar; $mood es la palabra del ánimo («Bien»).
today-mood-saved-status = Guardado: { $mood }
# Bajo las caras después de tocar; sigue un enlace al diario.
today-mood-saved = Se guardó “{ $mood }”.
today-mood-add-words = Escribe unas palabras en tu diario

## La primera vez, antes de guardar nada

today-welcome-heading = Te damos la bienvenida a Village
today-welcome-intro = Un lugar tranquilo para seguir cerca de quienes te acompañan en este primer año. Todo se queda en este dispositivo.
today-welcome-start = Empieza con una persona de quien te gustaría saber más seguido, y con un grupo al que vas o que te gustaría probar.
today-welcome-add-person = Agrega a tu primera persona
today-save-group = Guarda un grupo

## La nota amable, después de días difíciles o de una autoevaluación difícil

today-care-heading = Unas palabras con cariño
# Nunca nombra su respuesta: cualquiera que mire la pantalla puede leerlo. El detalle está en Necesito ayuda.
today-care-self-harm = Tu última autoevaluación sugiere buscar apoyo. La ayuda está a un toque.
today-care-low-days = Tus notas dicen que los últimos días han sido difíciles. No tienes que cargar con eso tú sola.
today-care-self-check = Tu última autoevaluación dice que las últimas dos semanas han sido difíciles. No tienes que cargar con eso tú sola.
today-care-help-now = Necesito ayuda
# $name: alguien de su círculo con quien habló hace poco.
today-care-suggestion = Quizás hoy puedas escribirle a { $name }. Un mensaje corto basta.
today-care-no-suggestion = Alguien de confianza, o una de estas líneas, puede ayudarte.
# La línea materna: su nombre, lo que ofrece y lo que no es.
today-care-hotline = { $name }: { $summary } { $note }
today-care-all-lines = Todas las líneas de apoyo
today-care-hide = Ocultar por una semana
today-care-hidden = Oculto por una semana. La ayuda sigue a un toque.

## La invitación a una autoevaluación, unas semanas después del parto

today-prompt-heading =
    { $weeks ->
        [one] { $weeks } semana desde que llegó tu bebé
       *[other] { $weeks } semanas desde que llegó tu bebé
    }
today-prompt-body = Por estas fechas, muchas mamás se toman unos minutos para ver cómo han sido las últimas dos semanas. Es para ti, y si quieres puedes compartirlo con tu médico o tu partera.
today-prompt-take = Hacer una autoevaluación
today-prompt-later = Ahora no

## Personas a quienes podría escribir

# Una invitación, nunca la cuenta de algo que debe.
today-due-heading = Alguien agradecería un saludo
today-due-more = { $count } más en tu círculo
# El título cuando nadie espera un saludo.
today-due-heading-quiet = Saludos
today-due-nobody-yet = Agrega a alguien con quien te gustaría seguir en contacto, y Village te avisa cuando haya pasado un tiempo.
today-due-add = Agregar a alguien
today-due-nobody = Hoy no hay nadie a quien saludar en especial.
today-due-see-circle = Ver tu círculo

## La próxima reunión de grupo

today-next-heading = Próxima reunión de grupo
today-next-no-groups = Guarda un grupo al que vas o que te gustaría probar, y aquí verás su próxima reunión.
today-next-none = No hay reuniones próximas en tus grupos guardados.
today-next-see-groups = Ver tus grupos

## Cumpleaños

today-birthdays-heading = Cumpleaños de esta semana
# $when es "today", "tomorrow" o "later" (entonces $date dice el día, «jue, 5 mar»);
# $turns es la edad que cumple, o 0 si no se sabe el año de nacimiento.
today-birthday =
    { $turns ->
        [0]
            { $when ->
                [today] { $name }, hoy
                [tomorrow] { $name }, mañana
               *[later] { $name }, { $date }
            }
       *[other]
            { $when ->
                [today] { $name }, hoy (cumple { $turns })
                [tomorrow] { $name }, mañana (cumple { $turns })
               *[later] { $name }, { $date } (cumple { $turns })
            }
    }

## Conexión, y ayuda al final

today-pulse-heading = Conexión
today-pulse-insight = Ver cómo van juntos la conexión y el ánimo
today-help-line = Si hoy pesa, la ayuda está a un toque.
today-help-lines = Ver líneas de apoyo
today-help-safety-plan = Mi plan de seguridad
