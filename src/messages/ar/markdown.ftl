# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## A page's Markdown (src/markdown/mod.rs).

# $depth: the deepest nesting allowed
markdown-html-too-deep = شيفرة HTML الخام متداخلة على أكثر من { $depth } مستوى
markdown-html-too-deep-hint = أغلقوا العناصر التي تفتحونها: لا يحتاج أي تصميم إلى هذا العمق
markdown-shortcode-syntax-hint = يُكتب الرمز المختصر (shortcode) هكذا: `{"{{"}< name "argument" >{"}}"}`
markdown-shortcode-failed-hint = يُكتب الرمز المختصر (shortcode) هكذا: `{"{{"}< name "argument" >{"}}"}`؛ قائمة الرموز المختصرة في README.md
# $src: the image's address as written
markdown-image-no-alt = الصورة `{ $src }` ليس لها نص يصف ما تُظهره
markdown-image-no-alt-hint = اكتبوا ما تُظهره الصورة بين المعقوفين، بلغة الصفحة، لمن لا يستطيع رؤيتها: ![امرأتان أمام المركز](photo.jpg)؛ الصورة الزخرفية وحدها يمكن أن تُكتب ![decorative](photo.jpg)
markdown-image-from-another-site = الصورة `{ $src }` تُحمَّل من موقع آخر
markdown-image-from-another-site-hint = احفظوا الصورة بجانب الصفحة في content/ واكتبوا اسم ملفها فقط: يجب ألا يطلب متصفح القارئات أي شيء من موقع آخر أبدًا
markdown-image-not-found-hint = ضعوا الصورة في مجلد الصفحة داخل content/ واكتبوا اسم ملفها، مثل ![…](photo.jpg)
# $finding: what was removed, like "the <script> element"
markdown-raw-html-removed = شيفرة HTML خام: تم حذف { $finding }
markdown-raw-html-removed-hint = يمكن للصفحات استعمال HTML بسيط للتنسيق، لكن دون نصوص برمجية أو إطارات أو أنماط أو معالجات أحداث أبدًا
# $link: the link as written
markdown-link-to-no-page = الرابط `{ $link }` لا يؤدي إلى أي صفحة بهذه اللغة
markdown-link-to-no-page-hint = اكتبوا مسار ملف داخل content/<lang>/، مثل `@/services/listening.md`
markdown-link-to-no-page-did-you-mean = هل تقصدون `@/{ $meant }`؟
markdown-link-unsafe-scheme = الرابط `{ $link }` يستعمل نوع عنوان غير آمن، وقد حُذف
markdown-link-unsafe-scheme-hint = يمكن أن تبدأ الروابط بـ http أو https أو mailto أو tel

## What raw HTML loses (src/markdown/sanitize.rs), shown inside markdown-raw-html-removed.

# $name: an HTML element's name, like "script"
markdown-removed-element = العنصر <{ $name }>
# $attribute: an attribute's name, like "onclick"
markdown-removed-event-handler = معالج الحدث `{ $attribute }` في <{ $name }>
markdown-removed-attribute = الخاصية `{ $attribute }` في <{ $name }>
markdown-removed-unsafe-url = العنوان غير الآمن في `{ $attribute }` داخل <{ $name }>

## How a shortcode call is written (src/markdown/shortcode_syntax.rs).

markdown-shortcode-not-closed = هذا الرمز المختصر (shortcode) لا يُغلق أبدًا بـ `>{"}}"}`
# $name: the word written where the shortcode's name goes
markdown-shortcode-bad-name = `{ $name }` ليس اسم رمز مختصر (shortcode)
markdown-shortcode-no-name = يحتاج الرمز المختصر (shortcode) إلى اسم، مثل `{"{{"}< placeholder "…" >{"}}"}`
# $key: the argument's name
markdown-shortcode-argument-twice = الوسيطة `{ $key }` مذكورة مرتين
markdown-shortcode-bad-argument-name = `{ $key }` ليس اسم وسيطة صالحًا
markdown-shortcode-quote-not-closed = وسيطة بين علامتي تنصيص لا تُغلق أبدًا بـ `"`
