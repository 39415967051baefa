# El diario: el ánimo en un toque, sus notas, la búsqueda, el mes, las tendencias y las
# etiquetas; el editor de notas; Panorama; y la gráfica de tendencias.

journal-heading = Diario
journal-insight-link = Panorama
journal-tabs =
    .aria-label = Diario
journal-tab-notes = Notas
journal-tab-search = Buscar
journal-tab-month = Mes
journal-tab-trends = Tendencias
journal-tab-tags = Etiquetas

## El ánimo en un toque, y sus notas desde la más reciente

journal-quick-heading = ¿Cómo estás ahora?
# La línea de estado después de tocar; $mood es la palabra del ánimo («Bien»).
journal-saved-mood = Guardado: { $mood }
journal-saved = Guardado
journal-timeline-empty = Todavía no hay nada aquí. Para empezar, basta con tocar un ánimo arriba.
journal-notes-heading = Tus notas
journal-more-notes = Ver notas anteriores

journal-filter = Filtrar
journal-filter-tag = Etiqueta
journal-filter-any-tag = Cualquier etiqueta
# Una etiqueta en la lista del filtro, con cuántas notas la llevan.
journal-filter-tag-option = { $tag } ({ $count })
journal-filter-mood = Ánimo
journal-filter-any-mood = Cualquier ánimo
journal-filter-from = Desde
journal-filter-to = Hasta
journal-filter-show = Mostrar

## Una nota en una lista

# Después de la palabra del ánimo: $time la hora en que la escribió («9:30 a. m.»), $day el día
# («jueves, 5 de marzo de 2026»).
journal-note-when = · { $time } · { $day }
# $energy va de 1 a 5; $hours son las horas que durmió (7.5).
journal-note-energy = energía { $energy }/5
journal-note-slept = dormiste { $hours } h
journal-note-energy-slept = energía { $energy }/5 · dormiste { $hours } h
journal-note-tags =
    .aria-label = Etiquetas
journal-note-edit = Editar
    .aria-label = Editar la nota del { $day }, { $time }
journal-note-delete = Borrar
    .aria-label = Borrar la nota del { $day }, { $time }
journal-edit-heading = Editar nota
journal-note-deleted = Nota borrada.
journal-undo = Deshacer
journal-note-restored = Nota recuperada

## Búsqueda

journal-search-label = Busca en tus notas
journal-search-none = Ninguna nota tiene esas palabras.
journal-more-matches = Ver resultados anteriores

## El mes

journal-month-earlier =
    .aria-label = Mes anterior
journal-month-later =
    .aria-label = Mes siguiente
# Un día de la cuadrícula del mes, como lo dice un lector de pantalla: $day «jueves, 5 de marzo
# de 2026», $mood la palabra del ánimo en minúsculas, $count sus notas de ese día.
journal-month-day =
    { $day }: sobre todo { $mood }, { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    }
journal-month-day-empty = { $day }: sin notas
journal-month-day-none = No hay notas de ese día.

## Tendencias

journal-trends-range =
    .aria-label = Periodo
journal-trends-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
journal-trends-year = Un año
journal-trends-tags-heading = Las etiquetas que más usaste
journal-trends-tags-none = Todavía no hay etiquetas en este periodo.

## Sus etiquetas

journal-tags-intro = Cambia el nombre de una etiqueta en todas partes, o une dos en una.
# $tag es su etiqueta; $count, las notas que la llevan.
journal-tag-name-label =
    { $tag }: en { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    }
journal-tag-merge-label = Unir { $tag } con
journal-tag-merge-pick = Unir con…
journal-tag-rename = Renombrar
    .aria-label = Cambiar el nombre de la etiqueta { $tag }
journal-tag-merge = Unir
    .aria-label = Unir la etiqueta { $tag }
journal-tag-merge-missing = Elige la etiqueta con la que quieres unirla.
journal-tag-renamed = Etiqueta renombrada
journal-tags-merged = Etiquetas unidas

## El editor de notas

journal-editor-heading = Agrega algo a esta nota
journal-editor-mood =
    .aria-label = Ánimo
journal-editor-text = ¿Qué tienes en mente? (opcional)
journal-editor-tags = Etiquetas
journal-editor-chips =
    .aria-label = Etiquetas de esta nota
journal-editor-add-tag = Agregar una etiqueta
journal-editor-suggested =
    .aria-label = Etiquetas sugeridas
# Una etiqueta que ya usó, para agregarla con un toque.
journal-editor-suggestion = + { $tag }
journal-editor-remove-tag =
    .aria-label = Quitar la etiqueta { $tag }
journal-editor-energy = Energía
journal-energy-none = Sin anotar
journal-energy-1 = Muy poca
journal-energy-2 = Poca
journal-energy-3 = Algo
journal-energy-4 = Buena
journal-energy-5 = Mucha
journal-editor-sleep = Horas de sueño
journal-editor-sleep-range = Las horas de sueño van de 0 a 24, en medias horas.
journal-editor-when = Cuándo
journal-editor-save = Guardar
journal-editor-close = Cerrar

## Panorama: su ánimo los días con conexión y sin ella

insight-back = Diario
insight-heading = Panorama
insight-lead = Tus propias notas, lado a lado: tu ánimo los días en que te conectaste con alguien (un contacto o un grupo) y los días en que no.
insight-window-heading =
    { $days ->
        [one] El último día
       *[other] Los últimos { $days } días
    }
insight-not-enough = Todavía no hay suficiente para comparar.
# $connected y $apart: días con una nota de ánimo, con conexión y sin ella.
insight-so-far =
    Hasta ahora: { $connected ->
        [one] { $connected } día
       *[other] { $connected } días
    } con alguna conexión y { $apart ->
        [one] { $apart } día
       *[other] { $apart } días
    } sin ella, entre los días con una nota de ánimo. Panorama necesita al menos 7 de cada uno.
insight-days-connected = Días con conexión
insight-days-apart = Días sin conexión
# $average ya viene escrito como lo escribe su región («4.0» en es-US); $mood es su palabra en
# minúsculas, para que el ánimo nunca dependa solo de un número.
insight-average = { $average } ({ $mood })
insight-counts =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, { $notes ->
        [one] { $notes } nota
       *[other] { $notes } notas
    }
insight-tags-heading =
    { $days ->
        [one] Ánimo por etiqueta, el último día
       *[other] Ánimo por etiqueta, los últimos { $days } días
    }
insight-tags-none = Etiqueta algunas notas (al menos 3 con la misma etiqueta) y verás cómo se relaciona cada una con tu ánimo.
insight-tag-average =
    { $average } ({ $mood }) · { $notes ->
        [one] { $notes } nota
       *[other] { $notes } notas
    }
insight-how = Cada día cuenta una vez, con el promedio de sus notas, en una escala de 1 (muy difícil) a 5 (muy bien). Esto muestra qué fue de la mano en tus notas, no qué causó qué.

## La gráfica de tendencias

# Junto a las barras de notas por semana.
trends-axis-notes = notas
# $from y $to: fechas cortas («5 mar»); $low y $high: palabras del ánimo en minúsculas.
trends-summary =
    { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    } del { $from } al { $to }. El ánimo semanal fue de { $low } a { $high }.
trends-summary-empty = Todavía no hay notas del { $from } al { $to }.
trends-table-caption = Ánimo por semana
trends-table-week = Semana del
trends-table-average = Promedio
trends-table-notes = Notas
# $average ya viene escrito como lo escribe su región; $mood es su palabra en minúsculas.
trends-table-mood = { $average } ({ $mood })
trends-numbers = Ver los números
