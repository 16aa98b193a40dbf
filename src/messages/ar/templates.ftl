# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## The theme and its templates (src/templates/theme.rs).

# $theme: the theme's name, as written in site.yaml
templates-no-theme = السمة `{ $theme }` غير موجودة في themes/
# $folder: the theme's folder, like themes/default
templates-no-theme-hint = أنشئوا `{ $folder }/` أو اجعلوا `theme:` يشير إلى مجلد داخل themes/
# $reason: why the system could not read the file
templates-cannot-read = تعذّرت القراءة: { $reason }

## Rendering a page with its template (src/templates/mod.rs).

# $name: the template's name, like page.html
templates-output-not-utf8 = القالب `{ $name }` أنتج نصا ليس بترميز UTF-8

## tera's errors (src/templates/errors.rs).

templates-hint = تتبع القوالب صياغة tera 2 (https://keats.github.io/tera/docs/)؛ والكلمات تأتي من t(key="…")
# $name: the name the template uses that does not exist
templates-unknown-filter = مرشّح (filter) غير معروف: `{ $name }`
templates-unknown-test = اختبار (test) غير معروف: `{ $name }`
templates-unknown-function = دالة (function) غير معروفة: `{ $name }`
templates-unknown-component = مكوّن (component) غير معروف: `{ $name }`
templates-unknown-template = قالب غير معروف: `{ $name }`
# $detail: what tera says, in English
templates-unknown = { $detail }
templates-syntax-error = خطأ في صياغة القالب: { $detail }
templates-error = { $detail }

## The `t` function templates call (src/templates/translate.rs).

# $key: the message's id
templates-t-needs-lang = الدالة `t(key="{ $key }")` تحتاج هنا إلى `lang=…`: لم تُحدَّد لغة الصفحة

templates-extends-missing = هذا القالب يمدد `{ $parent }`، وهو ليس قالبا من قوالب السمة ولا الموقع
templates-extends-missing-did-you-mean = هذا القالب يمدد `{ $parent }`، وهو غير موجود؛ هل تقصدون `{ $meant }`؟
templates-extends-circle = هذه القوالب يمدد بعضها بعضا في حلقة مفرغة: { $chain }
templates-includes-circle = هذه القوالب يُدرج بعضها بعضا في حلقة مفرغة: { $chain }
