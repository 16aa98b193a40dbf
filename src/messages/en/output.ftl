out-would-replace-site = this output folder would replace the site's own files
out-would-replace-site-leading-to = this output folder would replace the site's own files (it leads to { $real })
out-would-replace-site-hint = build into a folder of its own, like `public`
