extra = café
