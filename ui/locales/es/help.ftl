# Ayuda, Necesito ayuda y las líneas de apoyo. Cada dato de una línea se copia tal cual de
# shared/DESIGN.md ("Facts the app carries"; en español, revisados el 2 de diciembre de 2026):
# cámbialo allí primero, luego aquí, y luego la fecha "checked" de la línea en
# ui/support-lines.js. En español, las formas de comunicarse en español van primero.

## Ayuda.

help-heading = Ayuda y apoyo
help-lead = El primer año es difícil para muchas mamás. Hablar con alguien ayuda, y estas líneas están aquí para ti.
help-danger = ¿Estás en peligro o piensas en el suicidio? Comunícate con alguien ahora mismo.
help-to-now = Necesito ayuda
help-lines-heading = Líneas de apoyo
help-for-you = Para ti
help-plan-heading = Mi plan de seguridad
help-plan-text = Tus propios pasos para un momento difícil, con las personas a quienes puedes acudir.
help-plan-open = Abrir mi plan de seguridad
help-self-check-heading = Autoevaluación
help-self-check-text = El PHQ-9 y el GAD-7: unos minutos para ver cómo han sido las últimas dos semanas.
help-self-check-open = Hacer una autoevaluación
help-insight-heading = Panorama
help-insight-text = Tu ánimo los días en que conectaste con alguien, y los días en que no.
help-insight-open = Ver el panorama

## Necesito ayuda.

help-now-heading = Necesito ayuda
help-now-lead = No estás sola, y no tienes que esperar. Comunícate con alguien ahora mismo.
help-now-reach = Comunícate con alguien ahora
help-now-plan = Mi plan de seguridad
# Después de un PHQ-9 con la novena respuesta por encima de "Ningún día", antes del puntaje.
help-now-after = Gracias por responder con sinceridad. Antes de tu puntaje: una de tus respuestas nos dice que hoy puede ser un día muy difícil. Mereces apoyo, y puedes hablar con alguien ahora mismo.
help-now-result = Ver mi resultado

## Debajo de las líneas. $date: cuándo se revisaron sus números; $languageDate: cuándo se
## revisaron las formas de comunicarse en su idioma.

help-checked-on = Estos números son de Estados Unidos. Se revisaron el { $date }. Funcionan sin internet.
help-checked-on-in-language = Estos números son de Estados Unidos. Se revisaron el { $date }, y las formas de comunicarte en español, el { $languageDate }. Funcionan sin internet.
help-no-phone-app = No se pudo abrir la app de teléfono. El número está en el texto de arriba.

## Las líneas. El nombre de cada línea es el suyo propio, en todos los idiomas.

help-line-emergency-name = Servicios de emergencia
help-line-emergency-summary = Si tú o tu bebé están en peligro inmediato, llama al 911.
help-line-emergency-call = Llamar al 911

help-line-988-name = 988 Suicide & Crisis Lifeline
help-line-988-summary = En español, llama al 988 y marca 2, o envía AYUDA por mensaje de texto al 988. En inglés, llama o escribe al 988.
help-line-988-call = Llamar al 988
help-line-988-text = Escribir al 988 (en inglés)
# En su idioma: español (988lifeline.org, "What to expect").
help-line-988-call-in-language = Llamar al 988 y marcar 2
help-line-988-text-in-language = Enviar AYUDA al 988

help-line-ctl-name = Crisis Text Line
help-line-ctl-summary = En español, envía AYUDA por mensaje de texto al 741741, o escribe por WhatsApp al 442-AYUDAME (442-298-3263). En inglés, envía HOME al 741741.
help-line-ctl-text = Enviar HOME al 741741 (en inglés)
# En su idioma: español (Crisis Text Line, octubre de 2023). 442-AYUDAME es 442-298-3263.
help-line-ctl-text-in-language = Enviar AYUDA al 741741
help-line-ctl-whatsapp-in-language = WhatsApp 442-AYUDAME

help-line-nmmh-name = US National Maternal Mental Health Hotline
help-line-nmmh-summary = Llama o envía un mensaje de texto al 1-833-TLC-MAMA (1-833-852-6262). Atiende las 24 horas, todos los días, gratis, en inglés y en español.
help-line-nmmh-note = No es una línea de crisis: si estás en una crisis suicida, llama o escribe al 988; si hay peligro inmediato, llama al 911.
help-line-nmmh-call = Llamar al 1-833-852-6262
help-line-nmmh-text = Escribir al 1-833-852-6262

help-line-psi-name = Postpartum Support International HelpLine
help-line-psi-summary = Envía un mensaje de texto en español al 971-203-7773. También puedes llamar al 1-800-944-4773 o escribir en inglés al 800-944-4773.
help-line-psi-note = PSI tiene coordinadores voluntarios en todos los estados de EE. UU. y en más de 30 países, y grupos de apoyo en línea gratuitos.
help-line-psi-call = Llamar al 1-800-944-4773
help-line-psi-text-english = Escribir en inglés
help-line-psi-text-spanish = Escribir en español
