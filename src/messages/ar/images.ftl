# review: pending (amal's own words, translated by the project: to be read by a native speaker)
## src/images/read.rs: reading a photo

images-save-smaller-hint = افتحوها في برنامج لتحرير الصور ثم احفظوها من جديد بصيغة JPEG أو PNG (يكفي الموقع أن يكون أطول جانب منها { $longest } بكسل)
images-beyond-limits = هذه الصورة أكبر مما يقرؤه amal (على الأكثر { $megapixels } ميغابكسل، و{ $side } بكسل لكل جانب)
images-damaged = ملف { $format } هذا تالف أو ناقص: لا يستطيع amal قراءة صورته
images-damaged-hint = انسخوا الصورة من جديد من الهاتف أو من آلة التصوير، أو افتحوها في برنامج لتحرير الصور ثم احفظوها من جديد
images-too-many-pixels = أبعاد هذه الصورة { $width } × { $height } بكسل، وهذا أكثر مما يقرؤه amal (على الأكثر { $megapixels } ميغابكسل)
images-too-thin = أبعاد هذه الصورة { $width } × { $height } بكسل: إنها شريط أرفع من أن يُعرض (أحد جانبيها أطول من الآخر بأكثر من { $ratio ->
    [one] مرة واحدة
    [two] مرتين
    [few] { $ratio } مرات
   *[other] { $ratio } مرة
})
images-too-thin-hint = اقتطعوا منها الجزء المهم
images-cannot-read = تعذرت القراءة: { $reason }

## src/images/cache.rs: the copies of photos kept beside the output folder

images-cache-not-ours = لا يحتوي `{ $folder }` على ملف CACHEDIR.TAG، فهو إذن ليس مجلدا خاصا بـ amal: لم يُستعمل منه شيء ولم يُحذف منه شيء
images-cache-cannot-tidy = تعذر تنظيف `{ $folder }`: { $reason }
images-cannot-encode = تعذر ترميزها بصيغة { $format }: { $detail }
images-cannot-encode-too-large = تعذر ترميزها بصيغة { $format }: عرضها أو ارتفاعها أكبر مما تسمح به صيغة JPEG
images-cannot-keep-copy = تعذر حفظ نسختها في `{ $folder }`: { $reason }

## src/images/sniff.rs: what a file holds, by its first bytes

images-kind-video = فيديو
images-kind-camera-raw = RAW الخاصة بآلات التصوير
images-kind-camera-raw-of = RAW الخاصة بآلات التصوير ({ $format })
images-save-as-jpeg-hint = افتحوها في برنامج لتحرير الصور أو في معرض صور الهاتف، ثم احفظوها أو شاركوها بصيغة JPEG (أو PNG إن كانت رسما أو لقطة شاشة)، ثم ضعوا ذلك الملف هنا
images-cannot-clean = لا يستطيع amal أن يزيل ما تحمله الصورة بصيغة { $format } إلى جانب الصورة نفسها (أين ومتى التُقطت، والهاتف الذي التقطها)، لذلك لا ينشرها
images-holds-another-format = يحتوي هذا الملف ذو الامتداد .{ $extension } على صورة بصيغة { $found }، لا بصيغة { $named }
images-holds-a-video = هذا الملف .{ $extension } يحتوي على فيديو، لا على صورة { $named }
images-rename-hint = غيِّروا اسمه ليحمل الامتداد .{ $extension }
images-not-the-format-named = هذا الملف ذو الامتداد .{ $extension } ليس صورة بصيغة { $named } (قد يكون تالفا، أو ملفا من نوع آخر غُيِّر اسمه)
images-file-holds-video = يحتوي هذا الملف على فيديو؛ وإن نُشر بهذا الاسم، خرج معه كل ما يحمله إلى جانب الصورة
images-file-holds-image = يحتوي هذا الملف على صورة بصيغة { $found }؛ وإن نُشر بهذا الاسم، خرج معه كل ما يحمله إلى جانب الصورة
images-named-file-holds-video = يحتوي هذا الملف ذو الامتداد .{ $extension } على فيديو؛ وإن نُشر بهذا الاسم، خرج معه كل ما يحمله إلى جانب الصورة
images-named-file-holds-image = يحتوي هذا الملف ذو الامتداد .{ $extension } على صورة بصيغة { $found }؛ وإن نُشر بهذا الاسم، خرج معه كل ما يحمله إلى جانب الصورة
images-rename-to-clean-hint = غيِّروا اسمه ليحمل الامتداد .{ $extension }، حتى ينظفه amal
