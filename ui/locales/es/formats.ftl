# Cómo escribe Rust las fechas (patrones de chrono; %A y %B salen en el idioma). Las horas
# son palabras en core.ftl (time-of-day): chrono no tiene a. m./p. m. en español. La interfaz usa Intl.

date-long = %A, %-d de %B de %Y
date-medium = %a, %-d de %b de %Y
date-short = %a, %-d de %b
# El nombre de un día de la semana, de los datos de la configuración regional ("lunes").
date-weekday = %A
