site-name = Autre
