// The notices at the article's edges that speak to the reader about the article itself: a read-aloud player's news
// over the first paragraph ("NEW You can now listen to our articles!"), a question whether the article helped under
// the last one ("Cet article vous a été utile ? ..."): both leave the region (region_body_drops.cpp
// article_service_notice()). Invented lines.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "region_parts.hpp"
#include "rows.hpp"

#include <initializer_list>
#include <string>

using namespace archive;

using archive::test::block_of;

TEST_CASE("a question or a call about the article itself is a notice to the reader", "[region][region40]") {
    for (const char* line : {"NEW You can now listen to Harbour Weekly articles!", "Was this article helpful?",
                             "Cet article vous a été utile ? Sachez qu'il vous est proposé par un journaliste de la rédaction.",
                             "Vous pouvez désormais écouter nos articles !", "War dieser Artikel hilfreich?",
                             "Jetzt neu: Artikel vorlesen lassen!", "¿Te ha resultado útil este artículo?",
                             "Questo articolo ti è stato utile?"}) {
        INFO(line);
        CHECK(article_service_notice(block_of(line)));
    }
    // A statement of the text (no question, no call), a question naming no service, a service without the article.
    for (const char* line : {"The report was helpful to investigators, the judge said.",
                             "Der Artikel war hilfreich, sagte die Richterin.", "Was this article written by a robot?",
                             "Will the council listen to the fishermen?", "Cette mesure sera-t-elle utile ?",
                             "Listen!"}) {
        INFO(line);
        CHECK_FALSE(article_service_notice(block_of(line)));
    }
}

TEST_CASE("a question whether the article helped leaves the region under its last paragraph", "[region][region40]") {
    test::check_tail_leaves("en", "Was this article helpful? It was written by a reporter of our newsroom.\nHome\nContact\n",
                            "Was this article helpful?");
    test::check_tail_leaves("de", "War dieser Artikel hilfreich? Sagen Sie es uns.\nStartseite\nKontakt\n",
                            "War dieser Artikel hilfreich?");
}

namespace {

const char* const en_listen =
    "Harbour Weekly\n"
    "Local\n"
    "New lighthouse lamp for the northern cape\n"
    "By Jane Roe\n"
    "NEW You can now listen to Harbour Weekly articles!\n"
    "The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet.\n"
    "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.\n"
    "The keepers' cottage will become a small museum of the coast, with the old lamp at the centre of its only room.\n"
    "The council will vote on the final bill in the spring, when the summer timetable begins.\n"
    "Home\n"
    "Contact\n";

const char* const fr_listen =
    "Le Journal du Val\n"
    "Actualité\n"
    "Le nouveau pont sur la rivière est ouvert\n"
    "Par Claire Roux\n"
    "Nouveau : vous pouvez désormais écouter nos articles !\n"
    "Le nouveau pont sur la rivière a été ouvert à la circulation lundi matin, deux ans après la fermeture de l'ancien ouvrage jugé trop fragile.\n"
    "La maire a coupé le ruban en fin de matinée et a remercié les habitants pour leur patience pendant toute la durée du chantier.\n"
    "Les cyclistes disposent d'une large piste de chaque côté, séparée de la chaussée par une glissière de sécurité.\n"
    "Le bus reprendra son trajet demain, et la déviation sera démontée avant la fin du mois.\n"
    "Mentions légales\n"
    "Contact\n";

// Each case's page keeps its `kept` paragraphs and loses its `gone` ones.
void check_pages(std::initializer_list<test::KeptGoneCase> cases) {
    for (const auto& c : cases)
        test::check_kept_gone(c);
}

} // namespace

TEST_CASE("a read-aloud player's news over the first paragraph is no paragraph", "[region][region40]") {
    check_pages({
        {"en", en_listen, {"The old lamp of the northern cape", "The council will vote"}, {"NEW You can now listen"}},
        {"fr", fr_listen, {"Le nouveau pont sur la rivière a été", "Le bus reprendra"}, {"Nouveau : vous pouvez"}},
    });
}

TEST_CASE("a call to get the site's app is no sentence of the text", "[region][region40]") {
    for (const char* line : {"CLICK HERE TO GET THE HARBOUR WEEKLY APP", "Get the Harbour Weekly app",
                             "Téléchargez l'appli du Journal du Val", "Jetzt die Hafenblatt-App herunterladen!",
                             "Descarga la app de Diario del Puerto", "Scarica l'app del Giornale del Porto"}) {
        INFO(line);
        CHECK(app_promo(block_of(line)));
    }
    // A sentence closed by its stop, a question, a line naming no app, an app named without a call.
    for (const char* line : {"The council will get an app for the ferry.", "Should the council get an app?",
                             "CLICK HERE TO SUBSCRIBE", "Die neue App der Stadtwerke", "Get the latest news"}) {
        INFO(line);
        CHECK_FALSE(app_promo(block_of(line)));
    }
}

TEST_CASE("the text goes on under a call to get the site's app, which leaves the body", "[region][region40]") {
    const std::string en = test::article_with_tail(
        "en", "CLICK HERE TO GET THE HARBOUR WEEKLY APP\nThe keepers will open the museum in May.\nHome\nContact\n");
    const std::string de = test::article_with_tail(
        "de", "Jetzt die Hafenblatt-App herunterladen!\nDie Fähren fahren ab Montag wieder.\nStartseite\nKontakt\n");
    check_pages({
        {"en", en, {"The council will vote", "The keepers will open the museum"}, {"CLICK HERE"}},
        {"de", de, {"Der Gemeinderat stimmt", "Die Fähren fahren ab Montag"}, {"Jetzt die Hafenblatt-App"}},
    });
}

TEST_CASE("a label naming the site over titles in the text announces no section", "[region][region40]") {
    const std::string en = test::article_with_tail(
        "en", "Read more from Harbour Weekly:\nFerries return to the east quay\nCouncil approves the harbour budget\n"
              "The museum will open its doors to visitors in the spring, the keepers said on Monday evening.\n"
              "Home\nContact\n");
    const std::string de = test::article_with_tail(
        "de", "Mehr von Hafenblatt:\nNeue Fähre für die Inselroute bestellt\nGemeinderat beschließt den Hafenhaushalt\n"
              "Die Fähren sollen nach Angaben des Hafenmeisters schon im Frühling wieder nach dem alten Fahrplan fahren.\n"
              "Startseite\nKontakt\n");
    struct Row {
        const char* lang;
        const std::string& page;
        const char* label;
        const char* second_title;
        const char* last;
    };
    const Row rows[] = {
        {"en", en, "Read more from Harbour Weekly:", "Council approves the harbour budget", "The museum will open"},
        {"de", de, "Mehr von Hafenblatt:", "Gemeinderat beschließt den Hafenhaushalt", "Die Fähren sollen"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::has_paragraph_starting(a, r.last));
        CHECK_FALSE(test::in_text(a, r.label));
        CHECK_FALSE(test::in_text(a, r.second_title));
        CHECK(test::in_boilerplate(a, r.second_title));
        CHECK(a.sections.size() == 1);
    }
    // A label naming the site: an opening of related_source_labels, a name in capitals, a colon.
    for (const char* line : {"Read more from Harbour Weekly:", "Mehr von Hafenblatt:", "À lire aussi sur Le Journal du Val :"}) {
        INFO(line);
        CHECK(site_related_label(test::block_of(line)));
    }
    // Not without the colon, nor with a small word after the opening.
    for (const char* line : {"Read more from Harbour Weekly", "Read more from the archive:", "More from our readers:"}) {
        INFO(line);
        CHECK_FALSE(site_related_label(test::block_of(line)));
    }
}
