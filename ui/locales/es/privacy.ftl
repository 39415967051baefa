# Privacidad: la frase de contraseña que cifra su diario, y el bloqueo.

privacy-heading = Privacidad
privacy-lead = Village guarda todo en este dispositivo y no envía nada a ningún lado.
privacy-state-encrypted = Tu diario está cifrado con tu frase de contraseña.
privacy-state-plain = Tu diario no está cifrado. Cualquier persona que pueda abrir los archivos de este dispositivo podría leerlo.
# En el botón de un formulario de frase de contraseña mientras trabaja.
privacy-working = Trabajando… no cierres Village
privacy-lost-warning = Si olvidas esta frase de contraseña, nadie podrá volver a abrir tu diario: ni tú, ni Village, ni nosotros. Guárdala en un lugar seguro, lejos de este dispositivo.

## Cifrar mi diario

privacy-on = Cifrar mi diario
privacy-on-intro = Con una frase de contraseña, todo lo que Village guarda en este dispositivo (tu diario, tu gente, tus grupos y las copias de seguridad que hace Village) queda cifrado. Village te la pide cada vez que se abre.
privacy-passphrase = Frase de contraseña
privacy-passphrase-hint = Al menos 8 caracteres. Unas cuantas palabras que vayas a recordar funcionan bien.
privacy-passphrase-again = Escríbela otra vez
privacy-on-submit = Cifrar con esta frase
privacy-on-saved = Tu diario está cifrado
privacy-on-done = Tu diario está cifrado. Village te pedirá la frase de contraseña cuando se abra.

## Cambiar la frase de contraseña

privacy-change = Cambiar la frase de contraseña
privacy-current = Frase de contraseña actual
privacy-new = Frase de contraseña nueva
privacy-new-hint = Al menos 8 caracteres.
privacy-new-again = Escribe la nueva otra vez
privacy-change-submit = Cambiar la frase
privacy-change-saved = Frase de contraseña cambiada
privacy-change-done = Tu frase de contraseña cambió. Usa la nueva de ahora en adelante.

## Quitar el cifrado

privacy-off = Quitar el cifrado
privacy-off-intro = Tu diario y sus copias de seguridad se vuelven a guardar sin cifrar. Cualquier persona que use este dispositivo podría leerlos.
privacy-off-submit = Quitar el cifrado
privacy-off-saved = El cifrado está desactivado
privacy-off-done = El cifrado está desactivado. Tu diario se abre sin frase de contraseña.

## Bloqueo

privacy-locking = Bloqueo
privacy-idle-lock = Bloquear cuando Village no se use
privacy-idle-lock-hint = Al bloquearse, tu diario desaparece de la pantalla hasta que se vuelva a escribir la frase de contraseña.
privacy-idle-never = Nunca
privacy-idle-minutes = { $minutes ->
    [one] Después de { $minutes } minuto
   *[other] Después de { $minutes } minutos
}
privacy-idle-hours = { $hours ->
    [one] Después de { $hours } hora
   *[other] Después de { $hours } horas
}
privacy-saved = Guardado
privacy-lock-now = Bloquear ahora

## La pantalla de bloqueo, antes de su frase de contraseña

lock-heading = Village está bloqueado
lock-lead = Tu diario está cifrado en este dispositivo. Escribe tu frase de contraseña para abrirlo.
lock-passphrase = Frase de contraseña
lock-unlock = Desbloquear
lock-empty = Escribe tu frase de contraseña.
lock-opening = Abriendo…
lock-wrong = Esa frase de contraseña no abrió tu diario. Tómate tu tiempo e inténtalo de nuevo.
# Después de varios intentos, espera un poco antes del siguiente.
lock-wait = Esa frase de contraseña no abrió tu diario. Puedes intentarlo de nuevo en { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
# $link es el enlace a las líneas de apoyo; sus palabras son lock-help-link.
lock-help = ¿Necesitas hablar con alguien? Las { $link } funcionan sin desbloquear.
lock-help-link = líneas de apoyo

## Cuando su diario no se abre: copias de seguridad que se abren completas

recover-heading = Tu diario no se abrió
recover-intro = Village guarda una copia de seguridad cada día. Puedes abrir tu diario desde la más reciente que esté completa. El archivo que no se abrió se queda, tal como está, en la carpeta de copias de seguridad; no se borra nada.
# "Ajustes → Exportar, importar y copias de seguridad" nombra settings-heading y settings-data-link.
recover-none = No hay ninguna copia de seguridad a su lado que se abra completa, así que Village dejó todo como estaba. Si tienes una copia en otro lugar, puedes restaurarla desde Ajustes → Exportar, importar y copias de seguridad cuando tu diario se abra; alguien que sepa de computadoras puede revisar el archivo con village-cli doctor.
# Lo que guarda una copia, después de su nombre.
recover-holds = · { $notes ->
    [one] { $notes } nota
   *[other] { $notes } notas
}, { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}, { $groups ->
    [one] { $groups } grupo
   *[other] { $groups } grupos
}
recover-open-first = Abrir mi diario desde esta copia
recover-open-other = Abrir desde esta otra
recover-opening = Abriendo tu diario desde la copia…
# $link es el enlace a las líneas de apoyo; sus palabras son recover-help-link.
recover-help = ¿Necesitas hablar con alguien? Las { $link } funcionan pase lo que pase con tu diario.
recover-help-link = líneas de apoyo
