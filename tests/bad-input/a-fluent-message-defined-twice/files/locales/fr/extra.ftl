site-name = Autre nom
