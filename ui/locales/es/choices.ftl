# Las palabras de cada opción (contract.rs en core nombra los ids).

check-in-kind-call = Llamada
check-in-kind-met-at-group = En un grupo
check-in-kind-other = Otro
check-in-kind-text = Mensaje
check-in-kind-video = Videollamada
check-in-kind-visit = Visita

group-kind-class = Clase
group-kind-mom-and-baby = Grupo de mamás y bebés
group-kind-online-community = Comunidad en línea
group-kind-other = Otro
group-kind-support-group = Grupo de apoyo
group-kind-virtual-meetup = Encuentro virtual

mood-1 = Muy difícil
mood-2 = Difícil
mood-3 = Regular
mood-4 = Bien
mood-5 = Muy bien

nth-1 = Primer
nth-2 = Segundo
nth-3 = Tercer
nth-4 = Cuarto
nth-5 = Quinto
nth-last = Último

relationship-friend = Amiga o amigo
relationship-family = Familia
relationship-mom-friend = Amiga mamá
relationship-partner = Pareja
relationship-professional = Profesional
relationship-other = Otra

repeats-none = Sin horario fijo
repeats-once = Solo una vez
repeats-weekly = Cada semana
repeats-every-other-week = Cada dos semanas
repeats-monthly = Una vez al mes

# Las etiquetas con que empieza un diario nuevo; puede renombrarlas, unirlas o ignorarlas.
starter-tag-tired = cansada
starter-tag-anxious = ansiosa
starter-tag-lonely = sola
starter-tag-hopeful = con esperanza
starter-tag-slept-well = dormí bien
starter-tag-got-outside = salí un rato
starter-tag-saw-a-friend = vi a una amiga
