# Autoevaluaciones: el PHQ-9 y el GAD-7, y las palabras a su alrededor.

## Los cuestionarios mismos. Sus palabras son las de sus autores, palabra por palabra, y en
## español solo como las da la traducción oficial para EE. UU.: no cambies ninguna. Donde no
## hay una traducción oficial confirmada, este catálogo lleva el inglés y lo dice con text-lang.
## text-lang es la etiqueta del idioma de las palabras del cuestionario en este catálogo.

self-check-phq9-name = PHQ-9
self-check-phq9-about = Nueve preguntas sobre tu estado de ánimo en las últimas dos semanas.
# PHQ-9 en español para EE. UU. (dominio público; shared/DESIGN.md, "Facts the app carries").
self-check-phq9-text-lang = es
self-check-phq9-stem = Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?
self-check-phq9-item-1 = Poco interés o placer en hacer cosas
self-check-phq9-item-2 = Se ha sentido decaído(a), deprimido(a) o sin esperanzas
self-check-phq9-item-3 = Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado
self-check-phq9-item-4 = Se ha sentido cansado(a) o con poca energía
self-check-phq9-item-5 = Sin apetito o ha comido en exceso
self-check-phq9-item-6 = Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia
self-check-phq9-item-7 = Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión
self-check-phq9-item-8 = ¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal
self-check-phq9-item-9 = Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera
self-check-phq9-answer-0 = Ningún día
self-check-phq9-answer-1 = Varios días
self-check-phq9-answer-2 = Más de la mitad de los días
self-check-phq9-answer-3 = Casi todos los días
self-check-phq9-difficulty = Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?
self-check-phq9-difficulty-answer-0 = No ha sido difícil
self-check-phq9-difficulty-answer-1 = Un poco difícil
self-check-phq9-difficulty-answer-2 = Muy difícil
self-check-phq9-difficulty-answer-3 = Extremadamente difícil

self-check-gad7-name = GAD-7
self-check-gad7-about = Siete preguntas sobre preocupación y ansiedad en las últimas dos semanas.
# Aún no pudimos confirmar palabra por palabra la traducción oficial del GAD-7 (Spanish for
# the USA, phqscreeners.com): se muestra en inglés, con self-check-language-note.
self-check-gad7-text-lang = en
self-check-gad7-stem = Over the last 2 weeks, how often have you been bothered by the following problems?
self-check-gad7-item-1 = Feeling nervous, anxious, or on edge
self-check-gad7-item-2 = Not being able to stop or control worrying
self-check-gad7-item-3 = Worrying too much about different things
self-check-gad7-item-4 = Trouble relaxing
self-check-gad7-item-5 = Being so restless that it is hard to sit still
self-check-gad7-item-6 = Becoming easily annoyed or irritable
self-check-gad7-item-7 = Feeling afraid as if something awful might happen
self-check-gad7-answer-0 = Not at all
self-check-gad7-answer-1 = Several days
self-check-gad7-answer-2 = More than half the days
self-check-gad7-answer-3 = Nearly every day
self-check-gad7-difficulty = If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?
self-check-gad7-difficulty-answer-0 = Not difficult at all
self-check-gad7-difficulty-answer-1 = Somewhat difficult
self-check-gad7-difficulty-answer-2 = Very difficult
self-check-gad7-difficulty-answer-3 = Extremely difficult

# Se dice en un cuestionario que se muestra en otro idioma que el suyo (ver text-lang).
self-check-language-note = Este cuestionario se muestra en inglés porque aún no pudimos confirmar su traducción oficial al español palabra por palabra.

# Los rangos de puntaje, con el nombre que les dan los autores; concuerdan con «rango».
self-check-band-none-to-minimal = nulo o mínimo
self-check-band-minimal = mínimo
self-check-band-mild = leve
self-check-band-moderate = moderado
self-check-band-moderately-severe = moderadamente grave
self-check-band-severe = grave

## La vista general: los dos cuestionarios y su historial.

self-check-back-to-help = Ayuda
self-check-heading = Autoevaluación
self-check-lead = Unos minutos para ver cómo han sido las últimas dos semanas. No hay respuestas correctas, y el resultado se queda en este dispositivo, a menos que tú lo compartas.
# $name: "PHQ-9" o "GAD-7".
self-check-start = Empezar el { $name }
self-check-attribution = Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.
self-check-history-heading = Tus resultados del { $name }
# Debajo de la gráfica de sus puntajes; $date es el día del más reciente.
self-check-chart-summary = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}; el más reciente ({ $date }) fue de { $score } de { $max }.
self-check-history-item = { $date }: { $score } de { $max }
self-check-history-band = ({ $band })
self-check-history-help = Necesito ayuda

## El cuestionario.

self-check-back-to-list = Volver a las autoevaluaciones
self-check-back = Autoevaluaciones
# $number: el número de la pregunta; $text: sus palabras.
self-check-item = { $number }. { $text }
self-check-difficulty-optional = (Puedes dejar esta sin responder.)
self-check-submit = Ver mi resultado

## Un resultado.

self-check-result-heading = Tu resultado del { $name }
self-check-taken = Respondido el { $when }
self-check-result-help = Una de tus respuestas nos dice que las cosas pueden estar muy difíciles ahora. Mereces apoyo, hoy mismo.
self-check-result-need-help-now = Necesito ayuda
self-check-score = { $score } de { $max }
# $band: el nombre de un rango (self-check-band-…).
self-check-result-words = Obtuviste { $score } de { $max }. En el { $name }, los puntajes de { $from } a { $to } están en el rango que sus autores llaman “{ $band }”.
self-check-ranges-caption = Los rangos del { $name }
self-check-ranges-scores = Puntajes
self-check-ranges-range = Rango
self-check-range = { $from } a { $to }
self-check-share = Un puntaje es una foto de dos semanas, no una etiqueta. Tu médico o tu partera pueden hablarlo contigo: puedes mostrarles este resultado o llevarlo a tu próxima consulta.
self-check-hard-weeks = Si las últimas dos semanas han sido difíciles, no tienes que esperar a una cita para hablar con alguien.
self-check-support-lines = Líneas de apoyo
self-check-my-plan = Mi plan de seguridad
self-check-delete-ask = ¿Borrar este resultado? No se podrá recuperar.
self-check-deleted = Resultado borrado

## Rechazos.

error-self-check-kind = Elige el PHQ-9 o el GAD-7.
error-self-check-difficulty = Elige una de las cuatro respuestas, o ninguna.
error-self-check-count = El { $name } tiene { $count } preguntas.
error-self-check-unanswered = La pregunta { $number } aún no tiene respuesta.
error-self-check-answer = La pregunta { $number } necesita una de las cuatro respuestas.
