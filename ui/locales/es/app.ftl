# El marco de cada vista: la barra superior, la navegación y los títulos de página.

skip-to-content = Ir al contenido
brand =
    .aria-label = Village, ir a Hoy
need-help-now = Necesito ayuda
settings-link =
    .aria-label = Ajustes
nav-main =
    .aria-label = Principal
nav-today = Hoy
nav-circle = Círculo
nav-journal = Diario
nav-groups = Grupos
nav-help = Ayuda
# El título de la ventana: el nombre de la vista y luego el de la app.
window-title = { $view } · Village

# El nombre de cada vista, en el título de la ventana.
title-about-village = Acerca de Village
title-circle = Círculo
title-group = Grupo
title-groups = Grupos
title-help = Ayuda
title-insight = Panorama
title-journal = Diario
title-my-safety-plan = Mi plan de seguridad
title-need-help-now = Necesito ayuda
title-person = Persona
title-privacy = Privacidad
title-self-check = Autoevaluación
title-self-check-result = Resultado de la autoevaluación
title-settings = Ajustes
title-today = Hoy
title-your-data = Tus datos
title-locked = Bloqueado
title-recover = Tu diario no se abrió

# Se dice cuando cambia el tamaño del texto con Ctrl + y Ctrl −.
text-size-now = Tamaño del texto: { $percent } %
error-language = Elige English, Español o el mismo idioma de este dispositivo.

# El menú de la bandeja del sistema.
tray-open = Abrir Village
tray-mood = ¿Cómo estás?
tray-quit = Salir de Village

# Después de abrir su diario desde una copia de seguridad, en Hoy.
recovered-from-backup = Tu diario está abierto otra vez, desde la copia de seguridad «{ $backup }». El archivo que no se abrió se guarda, intacto, en { $path }.

# El nombre de la app junto a su marca; igual en todos los idiomas.
brand-name = Village
