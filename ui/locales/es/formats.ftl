# Cómo escribe Rust las fechas y horas (patrones de chrono; %A y %B salen en el idioma).
# La interfaz usa Intl con la configuración regional.

date-long = %A, %-d de %B de %Y
date-medium = %a, %-d de %b de %Y
date-short = %a, %-d de %b
time-short = %-I:%M %p
date-time-short = %a, %-d de %b, %-I:%M %p
