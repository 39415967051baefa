# Ajustes: idioma, apariencia, tamaño del texto, recordatorios, la pregunta diaria, horas de
# silencio, la fecha de nacimiento del bebé y el camino a sus datos.

settings-heading = Ajustes

## Idioma. El nombre de cada idioma va escrito en ese idioma, en todos los catálogos.

settings-language = Idioma
settings-language-system = Igual que mi dispositivo
settings-language-en = English
settings-language-es = Español
# Se dice en el idioma que acaba de elegir.
settings-language-saved = Village ahora está en español.

## Apariencia y tamaño del texto

settings-appearance = Apariencia
settings-theme-system = Igual que mi dispositivo
settings-theme-light = Claro
settings-theme-dark = Oscuro
# Se dice cuando se guarda una elección.
settings-saved = Guardado
settings-text-size = Tamaño del texto
settings-text-size-hint = Ctrl + y Ctrl − lo cambian desde cualquier pantalla; Ctrl 0 lo devuelve a 100{"\u00A0"}%.
settings-text-size-standard = { $percent }{"\u00A0"}% (normal)
settings-text-size-percent = { $percent }{"\u00A0"}%

## Recordatorios

settings-reminders = Recordatorios
settings-reminders-intro = Village puede avisarte cuando sea momento de ponerte en contacto con alguien, en los cumpleaños de tu círculo y antes de que se reúnan tus grupos. Puedes silenciar a cada persona y cada grupo en su página.
settings-reminders-enabled = Enviarme recordatorios
settings-reminders-time = Contactos y cumpleaños a las
settings-reminders-time-hint = Entre las 06:00 y las 22:00. Las reuniones se recuerdan antes de que empiecen.
settings-reminders-save = Guardar recordatorios
settings-reminders-saved = Recordatorios guardados
settings-reminders-off = Recordatorios desactivados

## La pregunta diaria "¿Cómo estás hoy?"

settings-nudge = Un momento para ti
settings-nudge-intro = Una vez al día, Village puede preguntarte cómo estás. Al tocar el aviso se abre el selector de ánimo. Déjalo pasar cuando quieras: no se lleva ninguna cuenta.
# La pregunta es la misma que hace la notificación.
settings-nudge-enabled = Preguntarme “¿Cómo estás hoy?”
settings-nudge-time = A las
settings-nudge-time-hint = Entre las 06:00 y las 22:00. Si cae en horas de silencio, espera a que terminen.
settings-nudge-skip = No los días en que ya anoté cómo me siento
settings-nudge-save = Guardar
settings-nudge-on = Village te preguntará una vez al día
settings-nudge-off = Village no te preguntará cada día

## Con la ventana cerrada

settings-background-heading = Con la ventana cerrada
settings-works-closed = Con la ventana cerrada: los recordatorios siguen llegando.
settings-works-login-on = Al iniciar sesión: Village se abre en silencio, sin ventana.
settings-works-login-off = Al iniciar sesión: solo cuando abras Village, a menos que actives la opción de abajo.
settings-works-quit = Después de salir: no llega nada hasta que vuelvas a abrir Village.
settings-start-at-login = Abrir Village al iniciar sesión
settings-start-at-login-hint = No se abre ninguna ventana: solo funcionan tus recordatorios, hasta que abras Village.
settings-start-at-login-on = Village se abrirá al iniciar sesión
settings-start-at-login-off = Village no se abrirá al iniciar sesión
# Las palabras entre comillas son las de un recordatorio con Village bloqueado (src-tauri/src/reminders.rs).
settings-locked-reminders = Mientras Village está bloqueado, un recordatorio solo dice “Tienes un recordatorio”. Desbloquea Village para ver de quién o de qué se trata.
# Las opciones del menú de la bandeja, como las nombra app.ftl (tray-open, tray-mood, tray-quit).
settings-tray = Si tu escritorio muestra una bandeja del sistema, el menú de Village ahí tiene Abrir Village, ¿Cómo estás? y Salir de Village.
settings-quit = Salir de Village
settings-quit-hint = Al salir se detienen todos los recordatorios hasta que vuelvas a abrir Village.

## Horas de silencio

settings-quiet = Horas de silencio
settings-quiet-intro = En estas horas no llega ningún recordatorio. Lo que toque espera a que terminen.
settings-quiet-enabled = Mantener estas horas en silencio
settings-quiet-start = Desde
settings-quiet-end = Hasta
settings-quiet-save = Guardar horas de silencio
settings-quiet-saved = Horas de silencio guardadas

## Su bebé

settings-baby = Tu bebé
settings-baby-birth-date = Fecha de nacimiento (opcional)
settings-baby-hint = Si la agregas, Hoy te ofrece una breve autoevaluación a las 2, 6 y 12 semanas. Déjala vacía si no la quieres.
settings-baby-save = Guardar fecha de nacimiento
settings-baby-saved = Fecha de nacimiento guardada
settings-baby-removed = Fecha de nacimiento borrada

## Sus datos

settings-data-heading = Tus datos
settings-data-folder = Todo se queda en este dispositivo, en esta carpeta:
settings-data-link = Exportar, importar y copias de seguridad
settings-privacy-link = Privacidad: frase de contraseña y bloqueo
settings-about-link = Acerca de Village { $version }

## Acerca de Village

about-heading = Acerca de Village
about-lead = Una compañía tranquila y privada para el primer año después de tener un bebé.
about-copy-heading = Esta copia
about-version = Versión
about-data = Tus datos
about-schema = Esquema
about-offline = Village funciona sin conexión y no envía nada a ningún lado. Tus datos se quedan en esa carpeta a menos que los exportes.
about-licence-heading = Licencia
about-licence-agpl-3-or-later = Licencia Pública General Affero de GNU, versión 3 o posterior
# $licence: el nombre de la licencia (o su expresión SPDX si aquí no tiene nombre); $spdx: su expresión SPDX.
about-licence = Village es software libre bajo la { $licence } ({ $spdx }).
about-licence-freedoms = Puedes usarlo, estudiarlo, compartirlo y cambiarlo; si ofreces a otras personas una versión cambiada, compartes tus cambios bajo la misma licencia.
about-libraries-heading = Hecho con
about-libraries = Village está hecho con { $count ->
    [one] { $count } biblioteca de código abierto, con su propia licencia:
   *[other] { $count } bibliotecas de código abierto, cada una con su propia licencia:
}
about-column-library = Biblioteca
about-column-version = Versión
about-column-licence = Licencia
