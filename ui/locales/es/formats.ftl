# Cómo escribe Rust las fechas (patrones de chrono; %A, %a, %B y %b se nombran abajo). Las horas
# son palabras en core.ftl (time-of-day): chrono no tiene a. m./p. m. en español. La interfaz usa Intl.

date-long = %A, %-d de %B de %Y
date-medium = %a, %-d de %b de %Y
date-short = %a, %-d de %b
# El nombre de un día de la semana solo ("lunes").
date-weekday = %A

# Los nombres que los patrones de arriba escriben para %A y %a (n: 0 es domingo) y %B y %b
# (n: 1 es enero), como los tienen los datos de la configuración regional es_US.
date-weekday-long = { $n ->
    [0] domingo
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
   *[6] sábado
}
date-weekday-short = { $n ->
    [0] dom
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
   *[6] sáb
}
date-month-long = { $n ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
date-month-short = { $n ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sep
    [10] oct
    [11] nov
   *[12] dic
}
