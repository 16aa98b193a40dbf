# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## The site's settings: site.yaml (src/config.rs).

# What `quick_exit_url:` takes; shown after "expected" in the YAML reader's message.
settings-quick-exit-expecting = عنوان يبدأ بـ https://، أو عنوان لكل لغة مثل `fr: https://…`
# $reason: why the system could not read the file
settings-cannot-read = تعذّرت قراءة إعدادات الموقع: { $reason }
settings-cannot-read-hint = شغّلوا amal داخل مجلد الموقع، أو حدّدوا هذا المجلد بالخيار --site DIR
# $url: the address as written in site.yaml
settings-base-url-not-absolute = base_url `{ $url }` ليس عنوانا كاملا (URL مطلق)
settings-base-url-not-absolute-hint = اكتبوا العنوان كاملا، مثل `https://example.org/`
# $min_count: the number written in site.yaml
settings-min-count-too-small = القيمة { $min_count } في privacy.min_count صغيرة جدا ولا تحمي أحدا
# $allowed: the smallest number allowed
settings-min-count-too-small-hint = استعملوا { $allowed } أو أكثر؛ والقيمة المعتادة هي 5
# $code: a language code
settings-default-language-unknown = default_language `{ $code }` ليست من اللغات المصرّح بها
settings-default-language-unknown-hint = استعملوا رمز لغة مذكورة تحت `languages:`
settings-menu-entry-not-a-path = عنصر القائمة `{ $entry }` ليس مسار صفحة
settings-menu-entry-not-a-path-hint = اكتبوا مسارات داخل content/<lang>/ بدون امتداد، مثل `services`
settings-helplines-empty = `helplines` لا يتضمن أي رقم
settings-helplines-empty-hint = أدرجوا أرقام الطوارئ تحت `numbers:`، أو احذفوا `helplines:`
# $id: the helpline's id, as written in site.yaml
settings-helpline-id-not-a-name = معرّف رقم المساعدة `{ $id }` ليس اسما صالحا
settings-helpline-id-not-a-name-hint = استعملوا حروفا لاتينية صغيرة وأرقاما وشرطات، مثل `police`: فهذا المعرّف يحدد اسم رسالة Fluent المسماة helpline-<id>
settings-helpline-listed-twice = رقم المساعدة `{ $id }` مذكور مرتين
# $number: the telephone number as written in site.yaml
settings-helpline-not-a-number = رقم المساعدة `{ $id }`: `{ $number }` ليس رقم هاتف
settings-helpline-not-a-number-hint = اكتبوا أرقاما ومسافات فقط، مع + قبل الرقم الدولي
settings-quick-exit-not-https = يجب أن يكون quick_exit_url عنوانا يبدأ بـ https://
settings-quick-exit-not-https-hint = اختاروا صفحة محايدة، مثل موقع للطقس أو للأخبار
# $lang: a language code
settings-quick-exit-unknown-language = يذكر quick_exit_url اللغة `{ $lang }`، وهي ليست من لغات هذا الموقع
settings-quick-exit-unknown-language-hint = اذكروا لغة من `languages:`، أو احذفوا هذا السطر
settings-no-language = لم يُصرَّح بأي لغة
settings-no-language-hint = أدرجوا لغة واحدة على الأقل تحت `languages:` مع رمزها واسمها
settings-not-a-language-tag = `{ $code }` ليس وسم لغة وفق معيار BCP 47
settings-not-a-language-tag-hint = استعملوا وسما مثل `fr` أو `ar` أو `zgh`
settings-language-declared-twice = اللغة `{ $code }` مصرّح بها مرتين
# $rules: the language tag written after `plural_rules:`
settings-plural-rules-unknown = لا توجد في CLDR قواعد جمع للوسم `{ $rules }`
settings-plural-rules-unknown-hint = اذكروا وسم لغة يعرفه CLDR، مثل `tzm` أو `fr`
settings-no-plural-rules = لا توجد في CLDR قواعد جمع للغة `{ $code }`، فلا يمكن للأعداد أن تأخذ صيغة الجمع المناسبة
settings-no-plural-rules-hint = أضيفوا `plural_rules: <tag>` إلى اللغة `{ $code }`، مع ذكر لغة تناسبها قواعدها (بالنسبة للأمازيغية المعيارية المغربية: `tzm`)؛ واسألوا مترجما عن اللغة المناسبة

## The theme's words: locales/<lang>/*.ftl (src/i18n/mod.rs).

# $lang: a language code
settings-lookup-unknown-language = اللغة `{ $lang }` ليست لها ملفات Fluent
# $key: the message's id
settings-lookup-missing = رسالة Fluent `{ $key }` غير موجودة في `locales/{ $lang }/`
settings-lookup-no-value = رسالة Fluent `{ $key }` في `locales/{ $lang }/` ليست لها قيمة
# $detail: what Fluent says went wrong, in English
settings-lookup-format = رسالة Fluent `{ $key }` في `locales/{ $lang }/`: { $detail }
settings-no-fluent-files = لا توجد ملفات Fluent للغة `{ $lang }`
# $folder: the language's folder, like locales/fr
settings-no-fluent-files-hint = أنشئوا `{ $folder }/` وضعوا فيه رسائل السمة، منسوخة من لغة أخرى
settings-fluent-cannot-read = تعذّرت القراءة: { $reason }
# $detail: what the Fluent reader says, in English
settings-fluent-syntax = خطأ في صياغة Fluent: { $detail }
settings-fluent-syntax-hint = الصياغة مشروحة في https://projectfluent.org/fluent/guide/
# $id: the message's id
settings-fluent-defined-twice = رسالة Fluent `{ $id }` معرّفة مرتين في هذه اللغة
# $path: the file of the first definition; $line: its line
settings-fluent-defined-twice-first-at = رسالة Fluent `{ $id }` معرّفة مرتين في هذه اللغة (أول مرة في `{ $path }`، السطر { $line })
settings-fluent-defined-twice-hint = احتفظوا بتعريف واحد: كل ملفات اللغة الواحدة تتقاسم أسماء الرسائل نفسها
# $detail: what Fluent says, in English
settings-fluent-error = { $detail }
settings-fluent-brace-not-closed = قوس `{"{"}` مفتوح هنا لا يُغلق بـ `{"}"}`
settings-fluent-brace-not-opened = هذا القوس `{"}"}` لا يغلق أي `{"{"}`
settings-fluent-message-empty = الرسالة `{ $name }` ليس فيها نص بعد علامة `=`
settings-fluent-no-default-variant = اختيار (`->`) بلا حالة افتراضية: علّموا أحد أسطره بـ `*`، مثل `*[other]`
settings-fluent-quote-not-closed = علامة تنصيص تُفتح هنا ولا تُغلق أبدا
settings-fluent-unknown-variable = الرسالة تستعمل `{"{"} ${ $name } {"}"}`، وهي قيمة غير متاحة هنا: استعملوا فقط القيم التي تستعملها هذه الرسالة في اللغات الأخرى
settings-fluent-unknown-message = الرسالة تستعمل الرسالة `{ $name }`، وهي غير موجودة في هذه اللغة
settings-fluent-other = { $detail }

## Reading the site's files (src/util/reading.rs).

settings-not-utf8-text = الملف ليس نصا صالحا بترميز UTF-8
settings-not-utf8-text-hint = احفظوا الملف بترميز UTF-8 (في أغلب المحررات: حفظ باسم… ← الترميز: UTF-8)
settings-link-out-of-site = هذا الاختصار (رابط رمزي) يشير إلى خارج الموقع
settings-link-out-of-site-hint = انسخوا الملف داخل الموقع بدل وضع اختصار (رابط رمزي) إليه
settings-name-not-utf8 = هذا الاسم ليس بترميز UTF-8 صالح، فلا يمكن لأي متصفح أن يطلبه باسمه
settings-name-not-utf8-hint = غيّروا الاسم: حروف كل الكتابات مقبولة ما دام الاسم محفوظا بترميز UTF-8
settings-not-a-file = هذا ليس ملفا، بل أنبوب مسمّى (named pipe) أو مقبس (socket) أو جهاز؛ amal لا يقرأ إلا الملفات والمجلدات
settings-not-a-file-hint = أزيلوه من الموقع، أو انقلوه إلى مكان آخر

## Dates in the front matter and site.yaml (src/util/date.rs).

# $text: the date as written
settings-not-a-date = `{ $text }` ليس تاريخا مكتوبا بالصيغة YYYY-MM-DD، مثل 2024-07-03
settings-not-a-calendar-day = `{ $text }` ليس يوما من أيام التقويم

## YAML mistakes: front matter and site.yaml (src/util/yaml.rs).

settings-yaml-error = { $detail }
settings-yaml-unknown-key = `{ $key }` ليس مفتاحا يعرفه amal هنا
settings-yaml-unknown-key-did-you-mean = هل تقصدون `{ $meant }`؟ المفاتيح المسموح بها هنا: { $keys }
settings-yaml-unknown-key-hint = تحققوا من كتابة المفتاح؛ المفاتيح المسموح بها هنا: { $keys }
settings-yaml-unknown-value = `{ $value }` ليست من القيم التي يأخذها هذا المفتاح
settings-yaml-unknown-value-did-you-mean = هل تقصدون `{ $meant }`؟ القيم المسموح بها: { $values }
settings-yaml-unknown-value-hint = اكتبوا إحدى هذه القيم كما هي مكتوبة هنا: { $values }
settings-yaml-missing-key = المفتاح `{ $key }` ناقص
settings-yaml-missing-key-hint = أضيفوا سطرا `{ $key }: …`
settings-yaml-duplicate-key = المفتاح `{ $key }` مكتوب مرتين
settings-yaml-duplicate-key-hint = لا يجوز أن يرد المفتاح إلا مرة واحدة؛ احذفوا أحد التكرارين
settings-yaml-not-a-whole-number = هذه القيمة ليست عددا صحيحا
settings-yaml-whole-number-hint = هذا المفتاح يأخذ عددا صحيحا، مثل 3
settings-yaml-not-true-or-false = هذه القيمة ليست `true` ولا `false`
settings-yaml-true-or-false-hint = هذا المفتاح يأخذ `true` أو `false`
settings-yaml-not-a-text = هذا المفتاح يأخذ قيمة واحدة مكتوبة في السطر نفسه، لا قائمة ولا مجموعة مفاتيح
settings-yaml-not-a-text-hint = اكتبوا القيمة بعد المفتاح والنقطتين، مثل `title: مرحبا` أو `weight: 2`
settings-yaml-unclosed-quote = علامة تنصيص تُفتح هنا ولا تُغلق أبدا
settings-yaml-unclosed-quote-hint = أنهوا النص بعلامة التنصيص نفسها التي بدأ بها (`"` أو `'`)، أو اكتبوه بدون علامات تنصيص
settings-yaml-tab = هذا السطر مُزاح بعلامة جدولة (tab)
settings-yaml-tabs-hint = تُزاح الأسطر في YAML بالمسافات، ولا تُستعمل علامات الجدولة (tab) أبدا
settings-yaml-colon-in-text = نقطتان متبوعتان بمسافة داخل نص بدون علامات تنصيص
settings-yaml-colon-in-text-hint = ضعوا النص كله بين علامتي تنصيص، مثل `title: "Horaires : lundi"`
settings-yaml-wrong-type = هذه القيمة { $found }، وهذا المفتاح لا يأخذ ذلك (يأخذ { $expected })
settings-yaml-found-list = قائمة
settings-yaml-found-keys = مجموعة مفاتيح
settings-yaml-found-number = عدد
settings-yaml-found-true-or-false = `true` أو `false`
settings-yaml-found-nothing = فارغة
settings-yaml-found-text = نص

