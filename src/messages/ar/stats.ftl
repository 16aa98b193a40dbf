# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## src/stats/load.rs: reading the data files (.csv, .xlsx) of data/

stats-no-data-files = لا توجد ملفات بيانات لمجموعة البيانات `{ $dataset }`
stats-no-data-files-hint = ضعوا الملفات المصدَّرة بصيغة .csv أو .xlsx في `{ $folder }/`
stats-not-csv-or-xlsx = لا يقرأ amal البيانات إلا من ملفات .csv و .xlsx
stats-not-csv-or-xlsx-hint = صدِّروا الورقة بصيغة CSV (UTF-8) أو احفظوها بصيغة .xlsx
stats-more-errors = { $count ->
    [one] وخطأ آخر في هذا الملف
    [two] وخطآن آخران في هذا الملف
    [few] و{ $count } أخطاء أخرى في هذا الملف
   *[other] و{ $count } خطأ آخر في هذا الملف
}
stats-more-errors-hint = صحِّحوا الأخطاء أعلاه ثم شغِّلوا amal من جديد لرؤية البقية
stats-column-repeated = العمود { $position } يكرر العمود `{ $name }`
stats-column-number-not-declared = العمود { $position } غير مصرَّح به في data/schema.yaml
stats-column-not-declared = العمود `{ $name }` غير مصرَّح به في data/schema.yaml
stats-column-not-declared-hint = احذفوا هذا العمود من الملف المصدَّر: لا يُنشر إلا ما في الأعمدة المصرَّح بها ({ $columns })، حتى لا تصل الأسماء وأرقام الهواتف والملاحظات إلى الموقع أبدا
stats-column-missing = العمود `{ $name }` غير موجود
stats-column-missing-hint = أضيفوه إلى الملف المصدَّر؛ كل أعمدة data/schema.yaml ضرورية
stats-quote-not-closed = علامة تنصيص فُتحت في هذا السطر ولم تُغلق
stats-quote-not-closed-hint = أغلقوا علامة التنصيص أو احذفوها
stats-row-cell-count = عدد خلايا هذا السطر { $cells } بينما عدد أعمدة سطر العناوين { $columns }
stats-row-cell-count-hint = تحققوا من وجود فاصل ناقص أو زائد في هذا السطر
stats-cell-refused = العمود `{ $column }`: { $reason }
stats-cell-exact-date = تحتوي هذه الخلية على تاريخ دقيق؛ ويجب ألا تحتوي البيانات أبدا على معلومات تكشف هوية الأشخاص مباشرة
stats-cell-not-a-month = هذه الخلية ليست شهرا مكتوبا على شكل YYYY-MM، مثل 2025-03
stats-cell-empty = هذه الخلية فارغة
stats-cell-not-allowed = ما في هذه الخلية ليس من الرموز المسموح بها لهذا العمود
stats-cell-id-not-allowed = تحتوي هذه الخلية على رمز غير مسموح به لهذا العمود
stats-cell-not-a-number = ما في هذه الخلية ليس عددا صحيحا
stats-cell-too-many-digits = ما في هذه الخلية ليس عددا من 7 أرقام على الأكثر
stats-cell-looks-like = يبدو أن هذه الخلية تحتوي على { $kind }؛ ويجب ألا تحتوي البيانات أبدا على معلومات تكشف هوية الأشخاص مباشرة
stats-cell-identifier-hint = احذفوا هذه القيمة من الملف المصدَّر؛ لا يعرضها amal أبدا. لا يجوز استعمال إلا بيانات مجهولة الهوية ومرمَّزة
stats-cell-not-allowed-hint = استعملوا أحد الرموز المذكورة لهذا العمود في data/schema.yaml (وافصلوا بين عدة رموز بعلامة `|`)
stats-cell-invalid-hint = صحِّحوا الخلية في جدول البيانات ثم صدِّروه من جديد
stats-cannot-read = تعذرت القراءة: { $reason }
stats-no-header-row = لا يحتوي الملف على سطر العناوين
stats-no-header-row-hint = السطر الأول هو الذي يحمل أسماء الأعمدة
stats-row-not-utf8 = هذا السطر ليس نصا صالحا بترميز UTF-8
stats-export-csv-utf8-hint = صدِّروا الورقة من جديد بصيغة "CSV UTF-8"
stats-workbook-unreadable = تعذرت قراءة هذا المصنَّف: { $detail }
stats-workbook-unreadable-hint = افتحوه في برنامج جداول بيانات ثم احفظوه من جديد بصيغة .xlsx
stats-workbook-refused-hint = صدِّروا الورقة بصيغة CSV (UTF-8)، أو احفظوها من جديد بصيغة .xlsx من برنامج جداول بيانات
stats-workbook-no-sheet = لا يحتوي المصنَّف على أي ورقة
stats-cell-beyond-column = خلية بعد العمود { $columns }
stats-cell-beyond-column-hint = للبيانات عمود واحد لكل حقل من حقول المخطط
stats-rows-out-of-order = أسطر هذه الورقة ليست مرتبة
stats-rows-out-of-order-hint = احفظوها من جديد من برنامج جداول بيانات
stats-sheet-no-header-row = لا تحتوي الورقة على سطر العناوين
stats-workbook-part-too-large = يتجاوز حجم هذا المصنَّف بعد فك ضغطه { $megabytes } ميغابايت في `{ $part }`
stats-workbook-too-large = يتجاوز حجم هذا المصنَّف بعد فك ضغطه { $megabytes } ميغابايت
stats-workbook-declares-too-many = عدد النصوص الذي يعلنه هذا المصنَّف ({ $declared }) أكبر مما يحتويه فعلا
stats-csv-not-utf8 = الملف ليس نصا صالحا بترميز UTF-8
stats-csv-invalid = الملف ليس CSV صالحا في هذا الموضع (علامة تنصيص لم تُغلق؟)

## src/stats/identifiers.rs: what a cell looks like (shown inside stats-cell-looks-like)

stats-identifier-phone = رقم هاتف
stats-identifier-email = عنوان بريد إلكتروني
stats-identifier-national-id = رقم بطاقة التعريف الوطنية (CIN)
stats-identifier-exact-date = تاريخ دقيق

## src/stats/schema.rs: data/schema.yaml

stats-schema-missing = لا يحتوي مجلد البيانات على مخطط
stats-schema-missing-hint = أنشئوا data/schema.yaml وصرِّحوا فيه بأعمدة كل مجموعة بيانات (انظروا README.md)
stats-schema-one-month-column = تحتاج مجموعة البيانات `{ $dataset }` إلى عمود واحد بالضبط من نوع `month`
stats-schema-one-month-column-hint = الشهر (YYYY-MM) هو الذي يحدد سنة كل سطر
stats-schema-no-values = لا يذكر العمود `{ $column }` أي قيمة مسموح بها
stats-schema-no-values-hint = أضيفوا `values: [id-one, id-two]`
stats-schema-too-many-values = يذكر العمود `{ $column }` أكثر من 64 قيمة
stats-schema-takes-no-values = العمود `{ $column }` لا يقبل قيما
stats-schema-not-a-category-id = `{ $value }` ليس رمز فئة صالحا
stats-schema-id-hint = تُكتب الرموز بحروف ASCII لاتينية صغيرة وأرقام وشرطات، وتبدأ بحرف أو رقم، مثل `civil-society`
stats-schema-not-a-column-name = `{ $column }` ليس اسم عمود صالحا
stats-schema-table-twice = الجدول `{ $table }` مصرَّح به مرتين
stats-schema-not-a-table-id = `{ $table }` ليس رمز جدول صالحا
stats-schema-unknown-dataset = يذكر الجدول `{ $table }` مجموعة بيانات غير معروفة: `{ $dataset }`
stats-schema-unknown-column = يوزِّع الجدول `{ $table }` الأرقام حسب `{ $column }`، وهو عمود غير موجود في `{ $dataset }`
stats-schema-by-count-column = لا يمكن للجدول `{ $table }` أن يوزِّع الأرقام حسب عمود الأعداد `{ $column }`
stats-schema-sum-not-a-count = يجب أن يسمِّي `sum: { $column }` عمود أعداد من `{ $dataset }`
