# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## Files published as they are (src/safety/copied_files.rs).

safety-html-file = ملف HTML سيُنشر كما هو، دون الفحوص التي تخضع لها كل صفحة
safety-html-file-hint = اكتبوه صفحةَ Markdown بدلا من ذلك، أو ضعوا رابطا إلى ملف PDF
# $why: one of the safety-svg-… messages below
safety-svg-refused = ملف SVG هذا { $why }
safety-svg-refused-hint = صدّروه من جديد بصيغة SVG بسيطة، بدون سكربتات أو روابط أو صور أو محتوى مدمج، أو استعملوا صورة PNG
# $why: one of the safety-pdf-… messages below
safety-pdf-refused = ملف PDF هذا { $why }
safety-pdf-refused-hint = أعيدوا إنشاء ملف PDF من صور خالية من بياناتها الوصفية (مثل النسخ التي ينشرها amal منها)، أو باستعمال الخيار الذي يزيل المعلومات الشخصية
# $extension: the file's extension, like docx
safety-file-type-refused = amal لا ينشر ملفات .{ $extension }: لا يستطيع أن يفحص ما تحمله (صورة داخل وثيقة، مكان تصوير فيديو، من كتبها)
safety-file-type-refused-hint = انشروا الوثيقة بصيغة PDF والصورة بصيغة JPEG أو PNG، بجانب الصفحة؛ ومن الأفضل إبقاء الفيديو أو التسجيل الصوتي خارج الموقع (فهو أيضا ثقيل جدا على الاتصال البطيء)

# What is wrong with a PDF, after "this PDF".
safety-pdf-photo-exif = يحتوي على صورة مع بياناتها الوصفية (EXIF: مكان التقاطها وزمانه، والهاتف)
safety-pdf-photo-gps = يحتوي على صورة مع بياناتها الوصفية (موقع GPS)

# What is wrong with an SVG, after "this SVG".
# $detail: what the XML reader says, in English
safety-svg-not-xml = لا يمكن قراءته بصيغة XML ({ $detail })
safety-svg-style-loads = يحمّل شيئا من موقع آخر في تنسيقه (style)
safety-svg-doctype = يصرّح بـ DOCTYPE (قد تتمدد الكيانات بلا نهاية)
safety-svg-processing-instruction = يحتوي على تعليمة معالجة (processing instruction)
# $name: the element's name, like script
safety-svg-element = يحتوي على عنصر <{ $name }>
safety-svg-malformed-attribute = فيه خاصية (attribute) مكتوبة بشكل غير سليم
# $key: the attribute's name, like onload
safety-svg-event-handler = فيه معالج أحداث ({ $key })
safety-svg-script-link = فيه رابط إلى سكربت
# $name: the element's name; $value: the attribute it animates
safety-svg-animates-link = يحرّك رابطا (<{ $name } attributeName="{ $value }">)
safety-svg-embedded-image = يدمج صورة تحتفظ بما تحمله الصورة الأصلية (مكان التقاطها وزمانه)
safety-svg-names-a-file = يذكر ملفا من الحاسوب الذي أنشأه ({ $key })
# $url: an address on another site
safety-svg-loads = يحمّل `{ $url }` من موقع آخر
safety-svg-attribute-loads = يحمّل شيئا من موقع آخر عبر خاصيته { $key }

## What a page would load from another site (src/safety/other_site.rs).

# $url: an address on another site, as it is
safety-address = { $url }
# Stands where an address would be named.
safety-nested-too-deeply = (ترميز متداخل إلى حد يتعذر معه فحصه)
safety-data-document = (وثيقة داخل عنوان data:)
