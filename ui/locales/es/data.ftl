# Tus datos: exportar, importar (Daylio, vCard, una exportación de Village) y copias de seguridad.

data-heading = Tus datos
data-back-to-settings = ← Ajustes
# Se dice cuando se guarda un archivo.
data-saved = Guardado

## Llévate tus datos

data-export-heading = Llévate tus datos
data-export-intro = Tus datos son tuyos. Guarda una copia donde quieras; Village te pregunta dónde.
data-export-json = Todo (archivo de Village)…
data-export-json-hint = Todo lo que has escrito, para tenerlo a salvo o abrirlo en Village en otro dispositivo.
data-export-csv = Notas de ánimo (hoja de cálculo)…
data-export-csv-hint = Una fila por nota, para una hoja de cálculo.
data-export-markdown = Diario (para leer o imprimir)…
data-export-markdown-hint = Tus notas por día, en un archivo de texto Markdown.
data-export-ics = Grupos (calendario)…
data-export-ics-hint = Las reuniones de tus grupos, para tu app de calendario.
# $file: el nombre del archivo guardado.
data-export-saved = Se guardó { $file }.

## Trae tus datos

data-import-heading = Trae tus datos
data-import-intro = Desde Daylio, los contactos de tu teléfono o una exportación de Village. Ves lo que entra antes de que cambie nada, y nada se agrega dos veces.
data-import-kind = ¿Qué tipo de archivo?
data-import-json = Una exportación de Village (.json)
data-import-daylio = Daylio (su exportación CSV)
data-import-vcard = Contactos (vCard .vcf)
data-import-choose = Elegir un archivo…
# $file: el nombre del archivo elegido.
data-import-from = Desde { $file }
data-import-waiting = Dale un número a cada uno de tus estados de ánimo para seguir.
data-import-moods = Tus estados de ánimo
data-import-moods-intro = Los estados de ánimo propios de Daylio ya están emparejados. Elige qué significa cada uno al que le cambiaste el nombre.
data-import-mood-choose = Elegir…
# $value: el número del ánimo (1 a 5); $word: su nombre.
data-import-mood-option = { $value } · { $word }
# $name: un ánimo como lo nombra Daylio (sus propias palabras); $entries: cuántas entradas lo tienen.
data-import-mood-label = “{ $name }” ({ $entries ->
    [one] { $entries } entrada
   *[other] { $entries } entradas
})
data-import-rows = Las primeras filas
data-import-rows-what = Qué
data-import-rows-details = Detalles
data-import-skipped = Lo que quedó fuera, y por qué:
data-import-nothing-yet = Nada cambia hasta que elijas Importar. Todo entra de una vez, o no entra nada.
data-import-apply = Importar
data-import-cancel = Cancelar
data-imported = Importado
data-import-cancelled = No se importó nada

## Copias de seguridad

data-backups-heading = Copias de seguridad
data-backups-intro = Village guarda una copia de todo cada día (las últimas 7) y una antes de cada actualización, en esta carpeta:
data-backup-none = Todavía no hay copias. La primera copia diaria se hace poco después de que Village se abre.
# El tamaño de un archivo; $size ya viene escrito como el idioma escribe los números.
data-size-kb = { $size } KB
data-size-mb = { $size } MB
# Después del nombre de una copia, su tamaño.
data-backup-size = · { $size }
data-backup-restore = Restaurar…
data-backup-now = Hacer una copia en un archivo…
# $file: el nombre del archivo de la copia.
data-backed-up = Copia guardada en { $file } y revisada.
data-backed-up-short = Copia hecha
data-restore-file = Restaurar desde un archivo…
# $backup: la copia como la nombra la lista (su fecha y tipo).
data-restore-confirm-backup = ¿Restaurar la copia “{ $backup }”? Todo lo que hay ahora en Village se reemplaza por ella. Lo que hay ahora se guarda antes en la carpeta de copias de seguridad.
data-restore-confirm-file = ¿Restaurar desde un archivo de copia de seguridad? Todo lo que hay ahora en Village se reemplaza por él. Lo que hay ahora se guarda antes en la carpeta de copias de seguridad.
data-restore-yes = Restaurar
data-restore-choose = Elegir el archivo…
data-restore-no = Conservar lo que tengo
# $file: la copia restaurada; $kept: el archivo donde queda lo que tenía antes.
data-restored = Se restauró desde { $file }. Lo que tenías antes se guardó como { $kept }.
data-restored-short = Restaurado
