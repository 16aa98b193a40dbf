# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## Writing the pages (src/render/mod.rs).

# $path: the output file; $reason: why the system refused
render-cannot-write = تعذّرت كتابة `{ $path }`: { $reason }

## What a shortcode puts in a page (src/render/page_host.rs).

render-shortcode-no-data = ليس لهذا الموقع مجلد data/، وبالتالي لا توجد إحصائيات
# $name: the shortcode's name
render-shortcode-needs-year = الرمز المختصر (shortcode) { $name } يحتاج إلى سنة
# $text: what was written where the year goes
render-shortcode-not-a-year = `{ $text }` ليست سنة
render-placeholder-needs-text = الرمز المختصر (shortcode) placeholder يحتاج إلى النص الذي سيُعرض، مثل `{"{{"}< placeholder "رقم الهاتف" >{"}}"}`
render-stat-needs-dataset = الرمز المختصر (shortcode) stat يحتاج إلى مجموعة بيانات، مثل `{"{{"}< stat "cases" 2025 >{"}}"}`
# $name: the dataset's id as written
render-shortcode-no-such-dataset = لا توجد في data/schema.yaml مجموعة بيانات باسم `{ $name }`
render-shortcode-no-rows = لا تحتوي البيانات على أي سطر لسنة { $year }
render-stats-table-needs-table = الرمز المختصر (shortcode) stats-table يحتاج إلى معرّف جدول، مثل `{"{{"}< stats-table "women-by-month" 2025 >{"}}"}`
# $id: the table's id as written
render-shortcode-no-such-table = لا يوجد في data/schema.yaml جدول باسم `{ $id }`
render-helplines-none = لا يحتوي site.yaml على `helplines:` لعرضها
# $src: the image's address as written; $lang: the page's language code
render-image-outside-language = الصورة `{ $src }` خارج `content/{ $lang }/`
# $path: the file amal looked for
render-image-not-found = لا توجد صورة `{ $src }` بجانب الصفحة: الملف `{ $path }` غير موجود
# $name: the shortcode's name as written; $meant: the nearest known shortcode
render-unknown-shortcode-did-you-mean = رمز مختصر (shortcode) غير معروف `{ $name }`؛ هل تقصدون `{ $meant }`؟
render-unknown-shortcode = رمز مختصر (shortcode) غير معروف `{ $name }`
# $takes: how many arguments the shortcode takes; $parameters: their names; $given: how many the call gives
render-shortcode-too-many-arguments = `{ $name }` { $takes ->
    [0] لا يأخذ أي وسيطة
    [one] يأخذ وسيطة واحدة ({ $parameters })
    [two] يأخذ وسيطتين ({ $parameters })
    [few] يأخذ { $takes } وسيطات ({ $parameters })
   *[other] يأخذ { $takes } وسيطة ({ $parameters })
}، لكن هذا الاستدعاء يعطي { $given }؛ احذفوا الزائد منها
# $fixed: the call written with its text in quotes
render-shortcode-too-many-arguments-quote = `{ $name }` { $takes ->
    [0] لا يأخذ أي وسيطة
    [one] يأخذ وسيطة واحدة ({ $parameters })
    [two] يأخذ وسيطتين ({ $parameters })
    [few] يأخذ { $takes } وسيطات ({ $parameters })
   *[other] يأخذ { $takes } وسيطة ({ $parameters })
}، لكن هذا الاستدعاء يعطي { $given }؛ النص الذي فيه مسافات يُكتب بين علامتي تنصيص: `{ $fixed }`
# $message: the template's error; $path: the template; $line: its line
render-shortcode-template-failed-at = { $message } (`{ $path }:{ $line }`)
render-shortcode-template-failed = { $message } (`{ $path }`)

## One page and its template (src/render/page.rs).

# $template: the template's name; $meant: the nearest template there is
render-no-such-template-did-you-mean = القالب `{ $template }` غير موجود؛ هل تقصدون `{ $meant }`؟
render-no-such-template = القالب `{ $template }` غير موجود
render-no-such-template-hint = اذكروا ملفًا من مجلد templates/ الخاص بالسمة أو من مجلد templates/ الخاص بالموقع

## Links to a heading of a page (src/render/anchors.rs).

# $link: the link as written; $fragment: the heading's id; $page: the file of the page linked to
render-anchor-missing = الرابط `{ $link }` يؤدي إلى العنوان `#{ $fragment }`، وهو غير موجود في `{ $page }`
# $path: the page as written in the link; $id: the nearest heading; $then: render-anchor-headings or render-anchor-no-headings
render-anchor-did-you-mean = هل تقصدون `@/{ $path }#{ $id }`؟ { $then }
render-anchor-no-headings = ليس في تلك الصفحة أي عنوان يمكن الربط به.
# $headings: the first headings' ids; $hidden: how many more there are
render-anchor-headings = عناوينها هي { $headings }{ $hidden ->
    [0] .
   *[other] ، …
}

## Requests to other sites (src/render/other_site.rs).

# $path: the output file; $url: the address on another site
render-file-loads-from-another-site = `{ $path }` يحمّل `{ $url }` من موقع آخر
render-loads-from-another-site = يحمّل `{ $url }` من موقع آخر
render-loads-from-another-site-hint = يجب ألا يتصل متصفح القارئات بأي موقع آخر أبدًا (فذلك يخبره بمن يقرأ هذا الموقع)؛ احفظوا الملف في مجلد static/ الخاص بالموقع واربطوا به هناك

## Images and static files (src/render/files.rs).

render-not-the-image-cache = هذا المجلد ليس مخزن صور amal (لا يحتوي على CACHEDIR.TAG)، لذلك لا يقرأ منه amal ولا يكتب فيه
render-image-cache-hint = غيّروا اسم المجلد أو انقلوه: يحتفظ فيه amal بنسخ الصور، بجانب مجلد الإخراج
# $kilobytes: the copy's weight; $width: its width in pixels; $format: its file type, like "webp"; $budget: the limit in KB
render-photo-too-heavy = ينزّل الهاتف { $kilobytes } كيلوبايت لهذه الصورة (عرضها { $width } بكسل، { $format })، أي أكثر من { $budget } كيلوبايت، وهو ما ينبغي ألا تتجاوزه صورة صفحة على اتصال بطيء
render-photo-too-heavy-hint = اقتطعوا من الصورة ما يهم فقط، أو اختاروا صورة بتفاصيل دقيقة أقل (أوراق الشجر والحصى والحشود هي الأثقل)

## amal check: links in the built pages (src/check/links.rs).

# $link: the link as written in the HTML
render-check-link-outside-site = الرابط `{ $link }` يؤدي إلى خارج الموقع
# $target: the output file the link leads to
render-check-link-to-missing-file = الرابط `{ $link }` يؤدي إلى `{ $target }`، وهو ملف لا ينتجه بناء الموقع
# $anchor: the id after #
render-check-link-to-missing-anchor = الرابط `{ $link }` يشير إلى العنوان `#{ $anchor }`، وهو غير موجود في `{ $target }`
render-check-link-from-template-hint = الرابط يأتي من قالب الصفحة
render-check-link-hint = اربطوا بالصفحات هكذا: `@/path/to/page.md#anchor`؛ ما بعد # هو معرّف أحد العناوين

## What a publishing build refuses (src/check/publishing.rs).

render-check-no-helplines = لا يقدّم الموقع أي رقم طوارئ: صفحة المساعدة والصفحة الرئيسية والشريط في كل صفحة ليس فيها رقم للاتصال
render-check-no-helplines-hint = أضيفوا `helplines:` إلى site.yaml مع أرقام الطوارئ الوطنية (README، «Emergency numbers»)
# $text: the placeholder's text
render-check-placeholder-on-home = نص مؤقت بقي في الصفحة الرئيسية: «{ $text }»
render-check-placeholder-in-menu = نص مؤقت بقي في صفحة من صفحات القائمة: «{ $text }»
render-check-placeholder-publish-hint = عوّضوه بالمعلومة الحقيقية قبل النشر، أو احذفوا السطر: امرأة تبحث عن المساعدة ستراه أولًا
render-check-placeholder-preview-hint = بناء الموقع للنشر (`amal build --publish`) يرفضه ما دام لم يُعوَّض
