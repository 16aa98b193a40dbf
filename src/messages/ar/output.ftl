# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## Where the site is built (src/output/out_dir.rs).

out-would-replace-site = مجلد الإخراج هذا سيحلّ محلّ ملفات الموقع نفسه
out-would-replace-site-leading-to = مجلد الإخراج هذا سيحلّ محلّ ملفات الموقع نفسه (فهو يؤدي إلى `{ $real }`)
out-would-replace-site-hint = ابنوا الموقع في مجلد خاص به، مثل `public`
# $reason: why the system could not read the folder
output-cannot-read-folder = تعذّرت قراءة هذا المجلد: { $reason }
# $names: the first few files' names, separated by commas
output-folder-not-amals = يحتوي هذا المجلد أصلا على ملفات لم يكتبها amal: `{ $names }`
# $more: how many other files there are
output-folder-not-amals-and-more = يحتوي هذا المجلد أصلا على ملفات لم يكتبها amal: `{ $names }` و{ $more ->
    [one] ملف آخر
    [two] ملفان آخران
    [few] { $more } ملفات أخرى
    [many] { $more } ملفا آخر
   *[other] { $more } ملف آخر
}
output-folder-not-amals-hint = ابنوا الموقع في مجلد جديد أو فارغ؛ أو، للبناء في هذا المجلد، أضيفوا --force: عندها يترك amal كل ملف لم يكتبه في مكانه ويذكره في قائمة

## The site's files (src/output/files.rs).

# $path: where the file would be published; $existing: the file already published there
output-same-path = سيُنشر هذا الملف في `{ $path }`، حيث يُنشر `{ $existing }` من قبل
output-same-path-hint = غيّروا اسم أحد الملفين
# $other: the path already taken, written differently
output-same-path-folded = سيُنشر هذا الملف في `{ $path }`، وهو مسار لا تميّزه ذاكرة USB أو حاسوب Mac عن `{ $other }`، حيث يُنشر `{ $existing }`
output-same-path-folded-hint = غيّروا اسم أحد الملفين: الأسماء التي لا تختلف إلا في الأحرف الكبيرة، أو في علامات (accents) مكتوبة بطريقتين، تُعدّ هناك ملفا واحدا

## Writing the output folder (src/output/staging.rs).

# $reason: why the system could not read it
output-cannot-read-current-because = تعذّرت قراءة المحتوى الحالي لمجلد الإخراج: { $reason }
output-cannot-read-current = تعذّرت قراءة المحتوى الحالي لمجلد الإخراج
# $path: a file or folder in the output folder
output-is-a-file = `{ $path }` ملف وليس مجلدا
output-in-the-way = `{ $path }` يشغل مكان ملف من ملفات الموقع ولم يكتبه amal؛ انقلوه إلى مكان آخر
output-waiting-for-other-build = عملية بناء أخرى لـ amal تكتب في هذا المجلد؛ في انتظار انتهائها…
