// A blog's title of one or two short sentences closed by a stop, right over the author's bare name with the follow
// button, the reading time and the date under it, and no standfirst between (probe63 H2): the title is the headline,
// the name the author. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

TEST_CASE("a title closed by a stop right over the author's bare name and follow button",
          "[classify][headline][head66]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
    };
    const Row rows[] = {
        {"en",
         "Open in app\nSign up\nSign in\nWrite\n"
         "We split our monolith into three services. Two of them came back.\n"
         "Ilse Marwood\nFollow\n6 min read\n·\nNov 30, 2026\nListen\nShare\n"
         "Last spring our team split the billing code out of the main application, then the search code, then the "
         "mailer. By the autumn two of the three were part of the main application again.\n\n"
         "This post is about why we moved them back, and about the one service that stayed apart.\n",
         "We split our monolith into three services. Two of them came back."},
        {"de",
         "In App öffnen\nRegistrieren\nAnmelden\n"
         "Wir haben unseren Monolithen zerlegt. Zwei Teile kamen zurück.\n"
         "Ilse Marwood\nFolgen\n6 Min. Lesezeit\n·\n30. November 2026\n"
         "Im Frühjahr hat unser Team den Abrechnungscode aus der Hauptanwendung herausgelöst, dann die Suche, dann "
         "den Mailversand. Im Herbst waren zwei der drei Teile wieder Teil der Hauptanwendung.\n\n"
         "Dieser Beitrag erzählt, warum wir sie zurückgeholt haben, und von dem einen Dienst, der eigenständig "
         "blieb.\n",
         "Wir haben unseren Monolithen zerlegt. Zwei Teile kamen zurück."},
        {"fr",
         "Ouvrir dans l'appli\nS'inscrire\nSe connecter\n"
         "Nous avons découpé notre monolithe. Deux morceaux sont revenus.\n"
         "Ilse Marwood\nSuivre\n6 min de lecture\n·\n30 novembre 2026\n"
         "Au printemps, notre équipe a sorti le code de facturation de l'application principale, puis la recherche, "
         "puis l'envoi des courriels. À l'automne, deux des trois morceaux y étaient revenus.\n\n"
         "Ce billet raconte pourquoi nous les avons réintégrés, et parle du seul service resté à part.\n",
         "Nous avons découpé notre monolithe. Deux morceaux sont revenus."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.headline.value_or("") == r.title);
        CHECK(a.authors == std::vector<std::string>{"Ilse Marwood"});
    }
}

TEST_CASE("two sentences over a bare name with no follow button, reading time or date under it are no title",
          "[classify][headline][head66]") {
    // The name signs nothing here: the sentences stay text, and the page's own title above them is the headline.
    const Article a = parse("Harbour Notes\nHome\nAbout\n"
                            "Notes from a quiet winter on the old quay\n\n"
                            "We split the work in two. Both halves came back.\nIlse Marwood\n"
                            "Last spring our team split the billing code out of the main application, then the "
                            "search code, then the mailer. By the autumn two of the three were back.\n\n"
                            "This post is about why we moved them back, and about the one service that stayed.\n");
    CHECK(a.headline.value_or("") == "Notes from a quiet winter on the old quay");
}
