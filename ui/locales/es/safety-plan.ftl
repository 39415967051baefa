# El plan de seguridad: sus propias palabras para un momento difícil, en los seis pasos de
# Stanley y Brown.

safety-plan-back-to-help = Ayuda
safety-plan-heading = Mi plan de seguridad
safety-plan-lead = Para un momento difícil: tus propias palabras, paso a paso. Empieza en el paso 1 y sigue hasta que te sientas más a salvo.
safety-plan-danger = ¿Estás en peligro ahora mismo? Llama al 911. ¿Piensas en el suicidio? Llama al 988 y marca 2, o envía AYUDA al 988.
# $number: del 1 al 6; $title: el título del paso (safety-plan-step-N-title).
safety-plan-step-heading = Paso { $number }. { $title }
# Debajo de un paso que aún no escribe: una invitación, nunca una tarea.
safety-plan-not-written = Agrégalo cuando quieras.
safety-plan-always = Siempre disponibles, de día y de noche:
safety-plan-in-my-words = En mis palabras
safety-plan-no-circle = Aquí podrás elegir a las personas que agregues a tu círculo.
safety-plan-people = Personas de mi círculo
safety-plan-edit = Editar mi plan
# $when: la fecha y hora en que lo guardó por última vez.
safety-plan-changed = Último cambio: { $when }.
safety-plan-guide = Escribe tanto o tan poco como te ayude. Un consejero, tu médico o alguien de confianza puede ayudarte a llenarlo.
safety-plan-save = Guardar mi plan
safety-plan-cancel = Cancelar
safety-plan-saved = Tu plan de seguridad está guardado

## Los seis pasos (Stanley y Brown, 2012), cada uno con una pregunta suave en su propia voz.

safety-plan-step-1-title = Señales de alerta
safety-plan-step-1-hint = Pensamientos, sentimientos o situaciones que me avisan que puede estar empezando un momento difícil.
safety-plan-step-2-title = Cosas que puedo hacer por mi cuenta
safety-plan-step-2-hint = Cosas pequeñas que me ayudan a distraerme, sin tener que hablar con nadie.
safety-plan-step-3-title = Personas y lugares que me distraen
safety-plan-step-3-hint = Personas con quienes me gusta estar y lugares donde me siento un poco mejor.
safety-plan-step-4-title = Personas a quienes puedo pedir ayuda
safety-plan-step-4-hint = Personas a quienes puedo contarles cómo me siento.
safety-plan-step-5-title = Profesionales y servicios
safety-plan-step-5-hint = Mi médico, partera o terapeuta, y líneas a las que puedo llamar o escribir a cualquier hora.
safety-plan-step-6-title = Hacer más seguro mi entorno
safety-plan-step-6-hint = Lo que puedo guardar, o pedirle a alguien que me guarde, para que el espacio a mi alrededor sea más seguro.

## Rechazos.

error-safety-plan-step = Un plan de seguridad tiene los pasos del 1 al 6.
error-safety-plan-twice = El paso { $number } llegó dos veces.
# Cómo un rechazo nombra un paso: $number es su número y $title, su título.
error-safety-plan-step-label = Paso { $number } ({ $title })
# $step: el paso, nombrado como dice error-safety-plan-step-label.
error-safety-plan-no-people = { $step } no lleva personas.
error-safety-plan-too-many-people = { $step } puede llevar hasta { $max } personas.
