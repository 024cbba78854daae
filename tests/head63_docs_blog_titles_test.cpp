// The titles of pages that are no news pages (probe63 H1, H2) and of a broadcaster's head with a video over the byline
// (probe59 H2): a docs page's short title printed in its sidebar, its breadcrumb and its h1; a blog's title of two
// short sentences closed by a stop, over its standfirst and the author's bare name and follow button, or over its
// "Posted on" line; a video's title under its player's button and length, right over the byline. Every line is
// invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

// A docs page: the site's bar, the sidebar's menu (the page's own entry among the others), the breadcrumb closing
// with the title, the h1, the text, and the pager naming the next page.
std::string docs_page(const std::string& bar, const std::string& menu, const std::string& crumbs,
                      const std::string& title, const std::string& body, const std::string& pager) {
    return bar + menu + crumbs + title + "\n" + title + "\n\n" + body + pager;
}

} // namespace

TEST_CASE("a docs page's short title printed in the sidebar, the breadcrumb and the h1 is the headline",
          "[classify][headline][head63]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* title;
    };
    const Row rows[] = {
        {"en",
         docs_page("Skip to main content\nLanternkit Docs\nv2.1\nGuides\nAPI reference\nSearch docs\n",
                   "Getting started\nInstallation\nThemes\nCustom layouts\nLayout slots\nPublishing\n",
                   "Docs\nThemes\n", "Custom layouts",
                   "A layout is a template file that wraps every page of a section. Lanternkit looks for layouts in "
                   "the layouts folder and picks the one named in the page's front matter.\n\nCreate a file called "
                   "wide.html in the layouts folder and put the page's content slot inside it. The file is read "
                   "again each time you save it.\n\nA layout may extend another one, so that the header and the "
                   "footer are written only once for the whole site.\n\n",
                   "Previous\nThemes\nNext\nLayout slots\n"),
         "Custom layouts"},
        {"de",
         docs_page("Zum Inhalt springen\nLaternenbau Handbuch\nv2.1\nAnleitungen\nReferenz\nSuchen\n",
                   "Erste Schritte\nInstallation\nDesigns\nEigene Vorlagen\nVorlagen-Slots\nVeröffentlichen\n",
                   "Handbuch\nDesigns\n", "Eigene Vorlagen",
                   "Eine Vorlage ist eine Datei, die jede Seite eines Bereichs umschließt. Laternenbau sucht die "
                   "Vorlagen im Ordner layouts und nimmt die, deren Name im Kopf der Seite steht.\n\nLegen Sie im "
                   "Ordner layouts eine Datei breit.html an und setzen Sie den Platzhalter für den Inhalt hinein. "
                   "Die Datei wird bei jedem Speichern neu gelesen.\n\nEine Vorlage kann eine andere erweitern, "
                   "damit Kopf und Fuß nur einmal für die ganze Seite geschrieben werden.\n\n",
                   "Zurück\nDesigns\nWeiter\nVorlagen-Slots\n"),
         "Eigene Vorlagen"},
        {"fr",
         docs_page("Aller au contenu\nLanterne Docs\nv2.1\nGuides\nRéférence\nRechercher\n",
                   "Premiers pas\nInstallation\nThèmes\nGabarits personnalisés\nEmplacements\nPublication\n",
                   "Docs\nThèmes\n", "Gabarits personnalisés",
                   "Un gabarit est un fichier qui enveloppe chaque page d'une section. Lanterne cherche les gabarits "
                   "dans le dossier layouts et prend celui que nomme l'en-tête de la page.\n\nCréez un fichier "
                   "large.html dans le dossier layouts et placez-y l'emplacement du contenu. Le fichier est relu à "
                   "chaque enregistrement.\n\nUn gabarit peut en étendre un autre, pour que l'en-tête et le pied de "
                   "page ne soient écrits qu'une fois pour tout le site.\n\n",
                   "Précédent\nThèmes\nSuivant\nEmplacements\n"),
         "Gabarits personnalisés"},
        {"nl",
         docs_page("Naar de inhoud\nLantaarn Docs\nv2.1\nHandleidingen\nNaslag\nZoeken\n",
                   "Aan de slag\nInstallatie\nThema's\nEigen sjablonen\nSjabloonvakken\nPubliceren\n",
                   "Docs\nThema's\n", "Eigen sjablonen",
                   "Een sjabloon is een bestand dat elke pagina van een onderdeel omsluit. Lantaarn zoekt de "
                   "sjablonen in de map layouts en neemt het sjabloon dat in de kop van de pagina staat.\n\nMaak in "
                   "de map layouts een bestand breed.html en zet daarin het vak voor de inhoud. Het bestand wordt "
                   "bij elke keer opslaan opnieuw gelezen.\n\nEen sjabloon kan een ander sjabloon uitbreiden, zodat "
                   "de kop en de voet maar een keer voor de hele site worden geschreven.\n\n",
                   "Vorige\nThema's\nVolgende\nSjabloonvakken\n"),
         "Eigen sjablonen"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.headline.value_or("") == r.title);
        // (The breadcrumb's copy of the title is no picture's caption.)
        for (const Media& m : a.media)
            CHECK(m.caption.value_or("") != r.title);
    }
}

TEST_CASE("a title printed once in a menu and once more elsewhere far from it gains nothing from its copies",
          "[classify][headline][head63]") {
    // (The menu's entry "Layout slots" printed again in the pager, far from its first print, stays a menu label.)
    const Article a = parse(docs_page("Lanternkit Docs\nGuides\nAPI reference\n",
                                      "Getting started\nInstallation\nThemes\nCustom layouts\nLayout slots\n",
                                      "Docs\nThemes\n", "Custom layouts",
                                      "A layout is a template file that wraps every page of a section. Lanternkit "
                                      "looks for layouts in the layouts folder.\n\nCreate a file called wide.html "
                                      "in the layouts folder and put the page's content slot inside it.\n\n",
                                      "Previous\nThemes\nNext\nLayout slots\n"));
    CHECK(a.headline.value_or("") != "Layout slots");
}

TEST_CASE("a blog's title of two short sentences over its standfirst and the author's name and follow button",
          "[classify][headline][head63]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
        const char* author;
    };
    const Row rows[] = {
        {"en",
         "Open in app\nSign up\nSign in\n"
         "We moved our builds to a cache. Here is what we learned.\n"
         "Six weeks of sharing one compiler cache between forty developers, and the four problems we did not "
         "expect.\n"
         "Tomasz Rylski\nFollow\n7 min read\n·\nNov 28, 2026\n"
         "In January every developer on our team compiled the whole project from scratch at least twice a day. A "
         "clean build took twenty minutes, and most of that time went to files nobody had changed.\n\n"
         "We tried a shared cache on a small server in the office first. It worked for a week, then the disk filled "
         "up and every build slowed down.\n",
         "We moved our builds to a cache. Here is what we learned.", "Tomasz Rylski"},
        {"de",
         "In App öffnen\nRegistrieren\nAnmelden\n"
         "Wir haben unsere Builds umgestellt. Das ging schief.\n"
         "Sechs Wochen mit einem gemeinsamen Compiler-Cache für vierzig Entwickler, und die vier Probleme, mit denen "
         "niemand gerechnet hatte.\n"
         "Tomasz Rylski\nFolgen\n7 Min. Lesezeit\n·\n28. November 2026\n"
         "Im Januar hat jeder Entwickler in unserem Team das ganze Projekt mindestens zweimal am Tag neu übersetzt. "
         "Ein sauberer Build dauerte zwanzig Minuten, und die meiste Zeit ging für Dateien drauf, die niemand "
         "geändert hatte.\n\n"
         "Wir haben zuerst einen gemeinsamen Cache auf einem kleinen Server im Büro versucht. Das ging eine Woche "
         "gut, dann war die Platte voll und jeder Build wurde langsamer.\n",
         "Wir haben unsere Builds umgestellt. Das ging schief.", "Tomasz Rylski"},
        {"fr",
         "Ouvrir dans l'appli\nS'inscrire\nSe connecter\n"
         "Nous avons changé nos compilations. Voici ce qui a cassé.\n"
         "Six semaines avec un cache de compilation partagé entre quarante développeurs, et les quatre problèmes "
         "que personne n'avait prévus.\n"
         "Tomasz Rylski\nSuivre\n7 min de lecture\n·\n28 novembre 2026\n"
         "En janvier, chaque développeur de l'équipe recompilait tout le projet au moins deux fois par jour. Une "
         "compilation complète prenait vingt minutes, surtout pour des fichiers que personne n'avait modifiés.\n\n"
         "Nous avons d'abord essayé un cache partagé sur un petit serveur au bureau. Cela a marché une semaine, "
         "puis le disque s'est rempli et chaque compilation a ralenti.\n",
         "Nous avons changé nos compilations. Voici ce qui a cassé.", "Tomasz Rylski"},
        {"nl",
         "Openen in app\nRegistreren\nInloggen\n"
         "We hebben onze builds omgezet. Dit ging er mis.\n"
         "Zes weken met een gedeelde compilercache voor veertig ontwikkelaars, en de vier problemen waar niemand "
         "op had gerekend.\n"
         "Tomasz Rylski\nVolgen\n7 min leestijd\n·\n28 november 2026\n"
         "In januari compileerde elke ontwikkelaar in ons team het hele project minstens twee keer per dag opnieuw. "
         "Een schone build duurde twintig minuten, en de meeste tijd ging naar bestanden die niemand had "
         "veranderd.\n\n"
         "We probeerden eerst een gedeelde cache op een kleine server op kantoor. Dat ging een week goed, daarna "
         "was de schijf vol en werd elke build trager.\n",
         "We hebben onze builds omgezet. Dit ging er mis.", "Tomasz Rylski"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.headline.value_or("") == r.title);
        CHECK(a.headline.value_or("") != r.author);
        // (The Dutch reading time and follow button do not make the name a byline yet: the title is what is asked.)
        if (std::string(r.lang) != "nl") {
            REQUIRE(a.authors.size() == 1);
            CHECK(a.authors[0] == r.author);
        }
    }
}

TEST_CASE("a blog's title of two short sentences right over its dated byline line", "[classify][headline][head63]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
    };
    const Row rows[] = {
        {"en",
         "Skip to content\nThe Windy Orchard\nNotes from a hillside garden\nMenu\nHome\nAbout\nPlum Diary\n"
         "Contact\nSearch\nPosted in Fruit\n"
         "My plums split again. Here is why.\n"
         "Posted on 3 September 2026 by Ruth Penhallow\n"
         "For the third summer in a row half of my plums split on the tree a week before they were ripe. This year "
         "I kept a diary of the rain, and the pattern is plain to see.\n\n"
         "A dry July followed by three days of heavy rain makes the fruit swell faster than its skin can stretch. "
         "Watering the tree through the dry weeks is the only cure I have found.\n",
         "My plums split again. Here is why."},
        {"de",
         "Zum Inhalt springen\nDer windige Obstgarten\nNotizen aus einem Hanggarten\nMenü\nStartseite\nÜber mich\n"
         "Pflaumentagebuch\nKontakt\nSuche\n"
         "Meine Pflaumen platzen wieder. Das ist der Grund.\n"
         "Veröffentlicht am 3. September 2026 von Ruth Pfannmüller\n"
         "Den dritten Sommer in Folge ist die Hälfte meiner Pflaumen eine Woche vor der Reife am Baum geplatzt. "
         "Dieses Jahr habe ich ein Regentagebuch geführt, und das Muster ist klar zu sehen.\n\n"
         "Ein trockener Juli und danach drei Tage Starkregen lassen die Früchte schneller wachsen, als ihre Haut "
         "sich dehnen kann. Gießen in den trockenen Wochen ist das einzige Mittel, das ich gefunden habe.\n",
         "Meine Pflaumen platzen wieder. Das ist der Grund."},
        {"fr",
         "Aller au contenu\nLe Verger venteux\nNotes d'un jardin en pente\nMenu\nAccueil\nÀ propos\nCarnet des "
         "prunes\nContact\nRecherche\n"
         "Mes prunes éclatent encore. Voici pourquoi.\n"
         "Publié le 3 septembre 2026 par Ruth Penhallow\n"
         "Pour le troisième été de suite, la moitié de mes prunes ont éclaté sur l'arbre une semaine avant d'être "
         "mûres. Cette année, j'ai tenu un carnet de la pluie, et la cause saute aux yeux.\n\n"
         "Un mois de juillet sec suivi de trois jours de fortes pluies fait gonfler les fruits plus vite que leur "
         "peau ne peut s'étirer. Arroser l'arbre pendant les semaines sèches est le seul remède que j'ai trouvé.\n",
         "Mes prunes éclatent encore. Voici pourquoi."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.headline.value_or("") == r.title);
    }
}

TEST_CASE("a bare name over a follow button is no headline", "[classify][headline][head63]") {
    // (No title stands over the standfirst: the name signs the text, whatever is taken as the headline.)
    const Article en = parse("Sign in\nHelga Ostrowski\nFollow\n5 min read\nNov 28, 2026\n"
                             "In January every developer on our team compiled the whole project from scratch at least "
                             "twice a day, and a clean build took twenty minutes.\n\nWe tried a shared cache on a "
                             "small server in the office first, and it worked for a week.\n");
    CHECK(en.headline.value_or("") != "Helga Ostrowski");
    const Article de = parse("Anmelden\nHelga Ostrowski\nFolgen\n5 Min. Lesezeit\n28. November 2026\n"
                             "Im Januar hat jeder Entwickler in unserem Team das ganze Projekt mindestens zweimal am "
                             "Tag neu übersetzt, und ein sauberer Build dauerte zwanzig Minuten.\n\nWir haben zuerst "
                             "einen gemeinsamen Cache auf einem kleinen Server im Büro versucht.\n");
    CHECK(de.headline.value_or("") != "Helga Ostrowski");
}

TEST_CASE("a video's title under its player's button and length, right over the byline, is no headline",
          "[classify][headline][media][head63]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* headline;
        const char* caption;
    };
    const Row rows[] = {
        {"nl",
         "Ga naar de inhoud\nNieuws\nSport\nZoeken\nBinnenland\n"
         "Sluis bij Zwolle lekt, scheepvaart stilgelegd\nVandaag, 09:12\n\n"
         "Video afspelen\n02:05\nDuikers onderzoeken de oude sluisdeur\nDoor onze redacteur Mirjam Kalsbeek\n\n"
         "Rijkswaterstaat heeft vanochtend de sluis bij Zwolle gesloten voor alle scheepvaart. Bij een controle "
         "bleek de onderste sluisdeur op twee plaatsen water door te laten.\n\n"
         "Volgens Rijkswaterstaat duurt de reparatie zeker een week. Schippers moeten omvaren via het "
         "Zwarte Water, wat hun een halve dag kost.\n",
         "Sluis bij Zwolle lekt, scheepvaart stilgelegd", "Duikers onderzoeken de oude sluisdeur"},
        {"de",
         "Zum Inhalt springen\nNachrichten\nSport\nSuche\nInland\n"
         "Schleuse bei Minden leckt, Schifffahrt gestoppt\nHeute, 09:12 Uhr\n\n"
         "Video abspielen\n02:05\nTaucher untersuchen das alte Schleusentor\nVon unserer Redakteurin Mirjam Kahle\n\n"
         "Das Wasserstraßenamt hat heute Morgen die Schleuse bei Minden für alle Schiffe gesperrt. Bei einer "
         "Prüfung zeigte sich, dass das untere Tor an zwei Stellen Wasser durchlässt.\n\n"
         "Die Reparatur dauert nach Angaben des Amtes mindestens eine Woche. Die Schiffer müssen einen Umweg über "
         "die Weser nehmen, der sie einen halben Tag kostet.\n",
         "Schleuse bei Minden leckt, Schifffahrt gestoppt", "Taucher untersuchen das alte Schleusentor"},
        {"fr",
         "Aller au contenu\nInfo\nSport\nRecherche\nRégions\n"
         "L'écluse de Namur fuit, la navigation est arrêtée\nAujourd'hui, 09:12\n\n"
         "Lire la vidéo\n02:05\nDes plongeurs inspectent la vieille porte de l'écluse\nPar Mireille Cassart\n\n"
         "Le service des voies navigables a fermé ce matin l'écluse de Namur à tous les bateaux. Un contrôle a "
         "montré que la porte aval laissait passer l'eau à deux endroits.\n\n"
         "La réparation prendra au moins une semaine, selon le service. Les bateliers doivent faire un détour qui "
         "leur coûte une demi-journée.\n",
         "L'écluse de Namur fuit, la navigation est arrêtée", "Des plongeurs inspectent la vieille porte de l'écluse"},
        {"en",
         "Skip to content\nNews\nSport\nSearch\nRegions\n"
         "Lock gate near Ely leaks, boats turned back\nToday, 09:12\n\n"
         "Play video\n02:05\nDivers inspect the old lower gate\nBy Miriam Calder\n\n"
         "The river authority closed the lock near Ely to all boats this morning. An inspection found that the "
         "lower gate was letting water through in two places.\n\n"
         "The repair will take at least a week, the authority said. Boaters must take a detour that costs them half "
         "a day.\n",
         "Lock gate near Ely leaks, boats turned back", "Divers inspect the old lower gate"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.headline.value_or("") == r.headline);
        REQUIRE(!a.media.empty());
        CHECK(a.media[0].caption.value_or("") == r.caption);
    }
}
