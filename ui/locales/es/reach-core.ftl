# Las palabras que escribe village-core para acercarse a alguien: los mensajes listos, una
# invitación a una reunión, los lugares para encontrar un grupo y lo que se rechaza. Las
# palabras propias de la ventana están en reach.ftl.

## Mensajes listos. $named es "yes" cuando el mensaje saluda a alguien por su $name (el nombre
## de pila) y "no" cuando no saluda a nadie en particular.

reach-ready-hello =
    { $named ->
        [yes] ¡Hola, { $name }! Estaba pensando en ti. ¿Cómo estás?
       *[no] ¡Hola! Estaba pensando en ti. ¿Cómo estás?
    }
reach-ready-call-me =
    { $named ->
        [yes] Hola, { $name }, ¿me podrías llamar hoy cuando tengas un momento?
       *[no] Hola, ¿me podrías llamar hoy cuando tengas un momento?
    }
reach-ready-walk =
    { $named ->
        [yes] Hola, { $name }, ¿te gustaría salir a caminar conmigo y con el bebé esta semana?
       *[no] Hola, ¿te gustaría salir a caminar conmigo y con el bebé esta semana?
    }
reach-ready-meal =
    { $named ->
        [yes] Hola, { $name }, ¿me podrías ayudar con una comida esta semana? Significaría mucho para mí.
       *[no] Hola, ¿me podrías ayudar con una comida esta semana? Significaría mucho para mí.
    }
reach-ready-hour =
    { $named ->
        [yes] Hola, { $name }, ¿podrías cuidar al bebé una hora para que yo pueda descansar?
       *[no] Hola, ¿podrías cuidar al bebé una hora para que yo pueda descansar?
    }
# El asunto de un saludo que se manda por correo.
reach-email-subject = Un saludo

## Una invitación a la próxima reunión de un grupo. $group es el nombre del grupo, $date el día
## (invite-date), $at la hora ("a las 10:00 a. m."); $named y $name como arriba. La hora en
## español termina en "a. m.", así que la frase cierra con la pregunta y no con un punto.

invite-text =
    { $named ->
        [yes] ¡Hola, { $name }! ¿Te gustaría venir conmigo a { $group } el { $date } { $at }?
       *[no] ¡Hola! ¿Te gustaría venir conmigo a { $group } el { $date } { $at }?
    }
invite-place = Dónde: { $place }
invite-link = Enlace: { $link }
# El día de una reunión en una invitación, como patrón de chrono: "martes 10 de marzo".
invite-date = %A %-d de %B
invite-email-subject = { $group }: ¿vienes conmigo?
# El título del cuadro para guardar el archivo de calendario de una reunión.
invite-calendar-dialog-title = Guardar esta reunión en un archivo de calendario

## Encontrar un grupo: lugares gratuitos y conocidos para conocer a otras mamás.

finder-psi-online-name = Grupos de apoyo en línea de PSI
finder-psi-online-about = Grupos de apoyo gratuitos en línea de Postpartum Support International, para muchas situaciones durante el embarazo y después del bebé. Te unes desde casa, por video.
finder-psi-local-name = Apoyo de PSI en tu estado
finder-psi-local-about = Las personas voluntarias que coordinan Postpartum Support International en cada estado conectan a mamás y familias con apoyo en su estado y su zona, como grupos cercanos.
finder-lll-usa-name = La Leche League USA
finder-lll-usa-about = Reuniones gratuitas de apoyo a la lactancia, dirigidas por Líderes voluntarias, en persona o en línea: un lugar para conocer a otras familias con bebés.

# Sus propios mensajes listos, contados en el informe de una importación.
reach-import-count-messages =
    { $count ->
        [one] { $count } mensaje guardado
       *[other] { $count } mensajes guardados
    }

## Lo que se rechaza

error-reach-how = Elige cómo comunicarte: un mensaje, una llamada o un correo.
error-reach-no-phone = Todavía no tienes un número de teléfono de esta persona. Agrégalo en su página para escribirle o llamarle.
error-reach-no-email = Todavía no tienes un correo de esta persona. Agrégalo en su página para escribirle.
error-reach-not-theirs = Ese no es un número ni una dirección que tengas de esta persona. Elige uno de los suyos.
error-reach-hello-gone = Ese saludo ya tuvo respuesta, o Village se cerró desde entonces. No se registró nada más.
error-reach-not-found-message = No encontramos ese mensaje. Puede que lo hayas borrado.
error-reach-found-saved = Ya está en tus grupos.
error-reach-finder-unknown = No encontramos ese grupo en la lista.
error-reach-no-next-meeting = Este grupo no tiene una reunión próxima a la que invitar a alguien.
error-reach-no-meeting-then = Este grupo no se reúne a esa hora. Elige una de sus reuniones.
error-reach-invite-how = Una invitación se manda por mensaje o por correo.
error-reach-label-message = El mensaje
