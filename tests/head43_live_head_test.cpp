// The head of a live blog or a breaking story: a live blog's controls between the standfirst and the byline ("Show
// key events only", "Please turn on JavaScript to use this feature") are no headline; the notice of a story in
// progress under the headline ("This story will be updated.") is no lede; a status flag over the headline ("LIVE",
// "Eilmeldung", "EN DIRECT", "ULTIM'ORA", "ÚLTIMA HORA") is no kicker, while a rubric ("Kurz gemeldet", "En bref")
// stays one. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a live blog's controls over the byline are no headline", "[classify][headline][live][head43]") {
    struct Row {
        const char* lang;
        const char* headline;
        const char* lede;
        const char* controls;
        const char* rest;
    };
    const Row rows[] = {
        {"en", "Flood warnings live: river levels rise across the valley overnight",
         "Follow our coverage as emergency crews move residents from low-lying streets",
         "Key events\nShow key events only\nPlease turn on JavaScript to use this feature\nUpdated 3m ago\n",
         "By Martha Quill and Oren Vale\nFri 6 Mar 2026 07.12 GMT\n"
         "River levels across the valley rose overnight, and the river reached its highest level in forty years "
         "shortly after midnight, the county council said.\n"
         "Crews moved about 300 people from homes near the old mill before dawn and opened two rest centres.\n"},
        {"de", "Hochwasser im Tal: Pegel steigen in der Nacht weiter",
         "Verfolgen Sie hier alle Entwicklungen, während die Feuerwehr Anwohner in Sicherheit bringt",
         "Wichtigste Ereignisse\nNur wichtigste Ereignisse anzeigen\n"
         "Bitte aktivieren Sie JavaScript, um diese Funktion zu nutzen\nAktualisiert vor 3 Minuten\n",
         "Von Marta Quillmann\n6. März 2026, 07:12 Uhr\n"
         "Der Fluss erreichte kurz nach Mitternacht den höchsten Stand seit vierzig Jahren, teilte der Kreis mit.\n"
         "Die Feuerwehr brachte vor dem Morgengrauen etwa 300 Menschen aus Häusern an der alten Mühle.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const std::string page = std::string("Talbote\nNews\nRegion\nLIVE\n") + r.headline + "\n" + r.lede + "\n" +
                                 r.controls + r.rest;
        const Article a = parse(page);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
    }
}

TEST_CASE("a story-in-progress notice under the headline is no lede", "[classify][lede][progress_notices][head43]") {
    struct Row {
        const char* lang;
        const char* headline;
        const char* notice;
        const char* rest;
    };
    const Row rows[] = {
        {"en", "Harbour bridge closed after ship strikes pier", "This story will be updated.",
         "By Daniel Roe\nPublished March 6, 2026 9:14 a.m.\n"
         "A cargo ship struck a pier of the harbour bridge early on Friday, forcing the police to close it in both "
         "directions.\nNo one was hurt, the port authority said, and divers were checking the pier for damage.\n"},
        {"de", "Hafenbrücke nach Schiffsunfall gesperrt", "Dieser Artikel wird laufend aktualisiert.",
         "Von Daniel Rohde\n6. März 2026, 09:14 Uhr\n"
         "Ein Frachtschiff ist am frühen Freitag gegen einen Pfeiler der Hafenbrücke gestoßen, die Polizei sperrte "
         "sie in beide Richtungen.\nVerletzt wurde niemand, teilte die Hafenbehörde mit.\n"},
        {"fr", "Le pont du port fermé après le choc d'un cargo", "Article en cours d'actualisation.",
         "Par Daniel Rouet\nPublié le 6 mars 2026 à 09h14\n"
         "Un cargo a heurté vendredi matin une pile du pont du port, que la police a fermé dans les deux sens.\n"
         "Personne n'a été blessé, a indiqué l'autorité portuaire, et des plongeurs inspectent la pile.\n"},
        {"it", "Chiuso il ponte del porto dopo l'urto di una nave", "Notizia in aggiornamento",
         "Di Daniele Rossetti\n6 marzo 2026, 09:14\n"
         "Una nave mercantile ha urtato venerdì mattina un pilone del ponte del porto, che la polizia ha chiuso in "
         "entrambe le direzioni.\nNessun ferito, ha fatto sapere l'autorità portuale.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const std::string page = std::string("Gazette\nNews\n\n") + r.headline + "\n" + r.notice + "\n" + r.rest;
        const Article a = parse(page);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") != r.notice);
        CHECK(!a.lede.has_value());
    }
}

TEST_CASE("a status flag over the headline is no kicker, a rubric is one", "[classify][kicker][status_flags][head43]") {
    struct Row {
        const char* lang;
        const char* label;
        bool flag;
        const char* headline;
        const char* rest;
    };
    const char* const de_rest = "Berlin (dpa) - Der Bundestag hat am Freitag das neue Mietrecht beschlossen, nach "
                                "monatelangem Streit in der Koalition.\nDie Opposition kündigte eine Klage an.\n";
    const char* const fr_rest = "Les députés ont adopté vendredi la réforme du droit au logement, après des mois de "
                                "débats au sein de la majorité.\nL'opposition a annoncé un recours.\n";
    const Row rows[] = {
        {"en", "LIVE", true, "Parliament passes the rent reform after months of rows",
         "Lawmakers passed the rent reform on Friday after months of rows within the coalition.\n"
         "The opposition said it would go to court.\n"},
        {"en", "BREAKING NEWS", true, "Parliament passes the rent reform after months of rows",
         "Lawmakers passed the rent reform on Friday after months of rows within the coalition.\n"
         "The opposition said it would go to court.\n"},
        {"de", "Eilmeldung", true, "Bundestag beschließt Mietreform nach monatelangem Streit", de_rest},
        {"de", "Liveticker", true, "Bundestag beschließt Mietreform nach monatelangem Streit", de_rest},
        {"fr", "EN DIRECT", true, "Les députés adoptent la réforme du logement", fr_rest},
        {"fr", "Dernière minute", true, "Les députés adoptent la réforme du logement", fr_rest},
        {"it", "ULTIM'ORA", true, "La Camera approva la riforma degli affitti",
         "La Camera ha approvato venerdì la riforma degli affitti dopo mesi di scontri nella maggioranza.\n"
         "L'opposizione ha annunciato un ricorso.\n"},
        {"es", "ÚLTIMA HORA", true, "El Congreso aprueba la reforma del alquiler",
         "El Congreso aprobó el viernes la reforma del alquiler tras meses de disputas en la coalición.\n"
         "La oposición anunció un recurso.\n"},
        // (a rubric names the kind of text: the kicker)
        {"de", "Kurz gemeldet", false, "Bundestag beschließt Mietreform nach monatelangem Streit", de_rest},
        {"fr", "En bref", false, "Les députés adoptent la réforme du logement", fr_rest},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.label);
        const std::string page = std::string("Der Kurier\nStart\n\n") + r.label + "\n" + r.headline + "\n" + r.rest;
        const Article a = parse(page);
        CHECK(a.headline.value_or("") == r.headline);
        if (r.flag) {
            CHECK(!a.kicker.has_value());
            CHECK(test::in_boilerplate(a, r.label));
        } else {
            CHECK(a.kicker.value_or("") == r.label);
        }
    }
}

TEST_CASE("a label under a status flag is the kicker", "[classify][kicker][status_flags][head43]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* kicker;
    };
    const Row rows[] = {
        {"fr",
         "Le Quotidien\nAccueil\nSociété\nSport\nS'abonner\nEN DIRECT\nSociété\n"
         "Grève des trains : suivez la journée de mobilisation\n"
         "Les cheminots sont appelés à cesser le travail dès ce matin dans toute la région.\n"
         "Par Jeanne Morel\nPublié le 6 mars 2026 à 08h02\n"
         "La circulation des trains régionaux est très perturbée depuis l'aube, selon la direction régionale.\n",
         "Société"},
        {"en",
         "The Ledger\nHome\nPolitics\nSport\nSubscribe\nLIVE\nPolitics\n"
         "Rail strike: follow the day of walkouts across the region\n"
         "Train drivers are walking out from this morning across the whole network.\n"
         "By Jane Moore\nPublished March 6, 2026 8:02 a.m.\n"
         "Regional trains have been badly disrupted since dawn, the operator said in a statement.\n",
         "Politics"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.kicker.value_or("") == r.kicker);
    }
}
