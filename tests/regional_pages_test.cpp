// Shapes of the regional and national dailies' pages the samples lacked (a French regional daily's AFP story, an
// Italian national daily's page, a Spanish daily's EFE story, a Brazilian page of Agência Brasil): the agency tag in
// parentheses after a joiner, the writer's own dateline in capitals, the update's time alone after the day, the time
// words between an inverted cue and its speaker, the preposition closing a speaker's description, the cue verbs of
// Brazilian agency prose and the Italian consent banner. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "quote_rows.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;

TEST_CASE("an agency tag in parentheses may open with a joiner", "[classify][agency][regional]") {
    struct Row {
        const char* line;
        std::vector<std::string> ids;
    };
    const std::vector<Row> rows = {
        {"(Avec AFP)", {"afp"}},       // fr
        {"(avec Reuters)", {"reuters"}},
        {"(With AP)", {"ap"}},         // en
        {"(mit dpa)", {"dpa"}},        // de
        {"(con EFE)", {"efe"}},        // es
        {"(Com Lusa)", {"lusa"}},      // pt
        {"(ats/afp)", {"ats", "afp"}}, // without a joiner, as before
        // a joiner before no agency, or a word that joins nothing
        {"(avec Jeanne Dupont)", {}},
        {"(Photo AFP)", {}},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const auto ids = agency_tag(r.line);
        CHECK(ids.value_or(std::vector<std::string>{}) == r.ids);
    }
}

TEST_CASE("a place in capitals and a dash opening the text is its dateline", "[classify][dateline][regional]") {
    struct Row {
        const char* paragraph;
        const char* place; // "" for no dateline
        const char* raw;
    };
    const Row rows[] = {
        {"ROMA - Il governo ha approvato ieri sera un piano per le scuole di montagna.", "ROMA", "ROMA -"},
        {"WASHINGTON — The senators agreed on Tuesday to a new plan for the harbour.", "WASHINGTON", "WASHINGTON —"},
        {"SAINT-ÉTIENNE – Le conseil municipal a voté mardi la gratuité des bus du dimanche.", "SAINT-ÉTIENNE",
         "SAINT-ÉTIENNE –"},
        {"NEWPORT FALLS, Va. - A county board voted on Monday to close two small schools.", "NEWPORT FALLS",
         "NEWPORT FALLS, Va. -"},
        {"SÃO PAULO - O governo estadual anunciou hoje um novo plano para as escolas.", "SÃO PAULO", "SÃO PAULO -"},
        // with an agency, as before
        {"PARIS (Reuters) - The port will reopen on Monday, the harbour master said.", "PARIS", "PARIS (Reuters) -"},
        // a short label in capitals, a link, an agency or a line in small letters
        {"UE - Le ministre a présenté mardi un plan pour les ports.", "", ""},
        {"RSS - Beiträge", "", ""},
        {"AFP - Le ministre a présenté mardi un plan pour les ports de pêche.", "", ""},
        {"Rome - the city voted on Tuesday for a plan of its own.", "", ""},
        {"ROMA - il governo ha approvato ieri sera un piano per le scuole.", "", ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const auto d = dateline_tag(r.paragraph);
        // (An agency's name alone before the dash is the text's tag with no place: "AFP - Le ministre ...".)
        CHECK((d.has_value() && !d->place.empty()) == (*r.place != '\0'));
        if (d && *r.place != '\0') {
            CHECK(d->place == r.place);
            CHECK(d->raw == r.raw);
        }
    }
}

TEST_CASE("a dateline in capitals names no agency and opens no reported words", "[classify][dateline][regional]") {
    const std::string page = "Il governo approva il piano per le scuole di montagna\n\n"
                             "di Anna Verdi\n\n"
                             "ROMA - Il governo ha approvato un piano da 90 milioni per le scuole di montagna, ha "
                             "annunciato il ministro Paolo Neri al termine della riunione.\n\n"
                             "Le prime scuole riapriranno a settembre, mentre le altre seguiranno l'anno prossimo. "
                             "Il piano prevede anche nuovi scuolabus per le valli.\n";
    const Article a = parse(page, "x");
    CHECK(a.dateline.value_or("") == "ROMA");
    CHECK_FALSE(a.source_tag.has_value());
    bool found = false;
    for (const auto& q : a.quotes)
        if (q.kind == QuoteKind::indirect && q.where == Where::body) {
            found = true;
            CHECK(q.text.rfind("Il governo ha approvato", 0) == 0);
        }
    CHECK(found);
}

TEST_CASE("an update's time alone after the day is the update on that day", "[dates][regional]") {
    // (lang, line) -> the published and updated fields, "" for none
    const auto dates_of = [](const char* lang, const char* line) {
        INFO(line);
        const DateLine d = read_dates(line, lang);
        return std::pair<std::string, std::string>{d.published.value_or(""), d.updated.value_or("")};
    };
    using Dates = std::pair<std::string, std::string>;
    CHECK(dates_of("it", "12 novembre 2026 | Aggiornato alle 19.20") == Dates{"2026-11-12", "2026-11-12T19:20"});
    CHECK(dates_of("it", "12 novembre 2026 ore 10.15") == Dates{"2026-11-12T10:15", ""});
    CHECK(dates_of("fr", "3 novembre 2026 - Mis à jour à 07h30") == Dates{"2026-11-03", "2026-11-03T07:30"});
    CHECK(dates_of("en", "November 3, 2026 | Updated at 7:30 PM") == Dates{"2026-11-03", "2026-11-03T19:30"});
    CHECK(dates_of("de", "3. November 2026, aktualisiert um 19:20 Uhr") == Dates{"2026-11-03", "2026-11-03T19:20"});
    // an update with its own day, and an update with no time
    CHECK(dates_of("fr", "Publié le 3 novembre 2026, mis à jour le 4 novembre 2026 à 07h30") ==
          Dates{"2026-11-03", "2026-11-04T07:30"});
    CHECK(dates_of("en", "November 3, 2026 | Updated") == Dates{"2026-11-03", ""});
}

TEST_CASE("a weekday between an inverted cue and its speaker is no part of the speaker", "[quotes][regional]") {
    using quote_rows::PageRow;
    quote_rows::check_quotes({
        {"es",
         {"El ayuntamiento cerrará el mercado durante las obras de reforma, afirmó este miércoles la alcaldesa, "
          "Rosa Marín."},
         "El ayuntamiento cerrará el mercado durante las obras de reforma",
         "Rosa Marín",
         "la alcaldesa, Rosa Marín"},
        {"pt",
         {"O governo vai abrir dez novas creches no interior do estado, anunciou nesta quarta-feira o ministro "
          "Carlos Dantas."},
         "O governo vai abrir dez novas creches no interior do estado",
         "Carlos Dantas",
         "o ministro Carlos Dantas"},
        {"it",
         {"Il comune riaprirà la piscina entro la fine di maggio, ha annunciato martedì la sindaca Laura Bassi."},
         "Il comune riaprirà la piscina entro la fine di maggio",
         "Laura Bassi",
         "la sindaca Laura Bassi"},
        {"fr",
         {"La piscine rouvrira avant la fin du mois de mai, a annoncé mardi la maire, Claire Morin."},
         "La piscine rouvrira avant la fin du mois de mai",
         "Claire Morin",
         "la maire, Claire Morin"},
    });
}

TEST_CASE("a preposition after a role closes the speaker's description", "[quotes][regional]") {
    using quote_rows::PageRow;
    quote_rows::check_quotes({
        {"pt",
         {"O pesquisador Tiago Lemos estuda as escolas rurais há vinte anos.",
          "\"As crianças passam duas horas por dia no ônibus\", disse o pesquisador à Rádio Central."},
         "As crianças passam duas horas por dia no ônibus",
         "Tiago Lemos",
         "o pesquisador"},
        {"pt",
         {"A ministra Joana Reis visitou a escola na segunda-feira.",
          "\"Vamos construir uma nova quadra\", afirmou a ministra aos alunos."},
         "Vamos construir uma nova quadra",
         "Joana Reis",
         "a ministra"},
        {"es",
         {"La portavoz Elena Ruiz visitó la escuela el lunes.",
          "\"Vamos a construir un nuevo gimnasio\", declaró la portavoz a la radio local."},
         "Vamos a construir un nuevo gimnasio",
         "Elena Ruiz",
         "la portavoz"},
    });
}

TEST_CASE("Brazilian agency prose reports with informar and its kin", "[quotes][regional]") {
    struct Row {
        const char* paragraph;
        const char* text;
        const char* cue;
    };
    const Row rows[] = {
        {"A prefeitura informou que as aulas vão recomeçar na próxima segunda-feira em todas as escolas.",
         "as aulas vão recomeçar na próxima segunda-feira em todas as escolas", "informou"},
        {"A diretora Marta Lins ressaltou que nenhuma turma vai ficar sem professor neste semestre.",
         "nenhuma turma vai ficar sem professor neste semestre", "ressaltou"},
        {"O relatório foi entregue ontem, e o secretário Davi Prates observou que os números ainda são provisórios.",
         "os números ainda são provisórios", "observou"},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(quote_rows::page("pt", "", {r.paragraph}));
        const Quote* found = nullptr;
        for (const auto& q : qs)
            if (q.text == r.text)
                found = &q;
        REQUIRE(found);
        CHECK(found->kind == QuoteKind::indirect);
        CHECK(found->cue.value_or("") == r.cue);
    }
}

TEST_CASE("an Italian cookie banner is a consent notice", "[classify][consent][regional]") {
    const char* banners[] = {
        "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione e di terze parti. "
        "Chiudendo questo banner acconsenti all'uso dei soli cookie tecnici.",
        "Utilizziamo i cookie per migliorare la tua esperienza di navigazione e per mostrarti pubblicità in linea "
        "con le tue preferenze.",
    };
    for (const char* line : banners) {
        INFO(line);
        CHECK(is_consent_notice(line));
    }
    // an article's sentence about cookies is no banner
    CHECK_FALSE(is_consent_notice("Il garante ha multato tre siti che installavano cookie senza chiedere nulla agli "
                                  "utenti, una pratica che secondo l'autorità riguarda ancora migliaia di pagine "
                                  "italiane e straniere."));
}

TEST_CASE("an agency's name of several words is read whole", "[classify][agency][regional]") {
    CHECK(agency_id("Agência Brasil").value_or("") == "agencia-brasil");
    CHECK(agency_id("agencia brasil").value_or("") == "agencia-brasil");
    CHECK(agency_id("Europa Press").value_or("") == "europa-press");
    CHECK_FALSE(agency_id("Brasil").has_value());
    CHECK_FALSE(agency_id("Agência").has_value());
}

TEST_CASE("a name closed by a dash and a job is a byline", "[bylines][regional]") {
    struct Row {
        const char* line;
        std::vector<std::string> names; // the agency the job names last
    };
    const std::vector<Row> rows = {
        {"Ana Paula Souza - Repórter da Agência Brasil", {"Ana Paula Souza", "Agência Brasil"}}, // pt
        {"Carlos Dantas – Correspondente", {"Carlos Dantas"}},
        {"Jane Roe - Staff Reporter", {"Jane Roe"}},                   // en
        {"Anna Muster - Redakteurin", {"Anna Muster"}},                // de
        {"Jeanne Morel - Journaliste de l'AFP", {"Jeanne Morel", "AFP"}}, // fr
        // no job after the dash, or no name before it
        {"Jane Roe - Harbour Street", {}},
        {"Il porto - Redattore capo", {}},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const auto names = titled_name_line(r.line);
        CHECK(names.value_or(std::vector<std::string>{}) == r.names);
    }
}

TEST_CASE("a byline word, a name, a dash and a job: the name, the agency a source", "[bylines][regional]") {
    const std::string page = "Educação\n"
                             "MEC abre inscrições para bolsas de licenciatura em janeiro\n\n"
                             "Por Ana Paula Souza - Repórter da Agência Brasil\n"
                             "Publicado em 12/11/2026 - 14:35\n\n"
                             "O Ministério da Educação vai abrir em janeiro as inscrições para as novas bolsas de "
                             "licenciatura, que terão o valor de R$ 1.050 por mês.\n\n"
                             "As inscrições serão feitas pela internet, e os candidatos de famílias de baixa renda "
                             "terão prioridade na seleção dos bolsistas.\n";
    const Article a = parse(page, "x");
    CHECK(a.authors == std::vector<std::string>{"Ana Paula Souza"});
    REQUIRE(a.source_tag.has_value());
    CHECK(a.source_tag->agencies == std::vector<std::string>{"agencia-brasil"});
}

TEST_CASE("a kicker printed again among the article's tags below is still its kicker", "[classify][kicker][regional]") {
    struct Row {
        const char* kicker;
        const char* headline;
        const char* tags_label;
        const char* want; // "" for no kicker
    };
    const Row rows[] = {
        {"Vivienda", "El Gobierno limitará los pisos turísticos en los barrios del centro", "Archivado en", "Vivienda"},
        {"Educação", "Governo amplia bolsa para estudantes de licenciatura", "Tags", "Educação"},
        {"Santé", "La maternité de Ravenel fermera ses portes au printemps", "Mots-clés", "Santé"},
        {"Verkehr", "Die Stadt baut zwei neue Radwege entlang des Hafens", "Schlagwörter", "Verkehr"},
        // a name printed again below is an author's, a figure a price
        {"Jane Roe", "The city will build two new cycle lanes along the harbour", "Tags", ""},
        {"6,90 euros", "La ville construira deux pistes cyclables le long du port", "Mots-clés", ""},
        {"Redaktion", "Die Stadt baut zwei neue Radwege entlang des Hafens", "Kontakt", ""},
    };
    for (const Row& r : rows) {
        INFO(r.kicker);
        const std::string page = std::string("Menu\nSearch\n\n") + r.kicker + "\n" + r.headline + "\n\n" +
                                 "The first paragraph of the story tells what happened in the city council on "
                                 "Tuesday evening, and why it matters to the people of the harbour.\n\n"
                                 "The second paragraph of the story tells what the mayor and the council members "
                                 "said about the plan, and when the works will begin.\n\n"
                                 "The third paragraph of the story says what the plan will cost and who will pay "
                                 "for it, the city or the region.\n\n" +
                                 r.tags_label + "\n" + r.kicker + "\nHarbour\nCouncil\n";
        const Article a = parse(page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == r.want);
    }
}

TEST_CASE("an agency tag glued to the end of the last paragraph", "[classify][agency][regional]") {
    struct Row {
        const char* last;
        std::vector<std::string> ids;
        const char* raw;
    };
    const std::vector<Row> rows = {
        {"Il decreto passerà ora all'esame delle regioni, che avranno trenta giorni. (ANSA).", {"ansa"}, "(ANSA)"},
        {"Le conseil se prononcera en décembre sur le projet de la gare. (ats)", {"ats"}, "(ats)"},
        {"Il bando sarà pubblicato entro quindici giorni sul sito del comune. (AGI)", {"agi"}, "(AGI)"},
        // a parenthesis naming no agency
        {"The council will vote on the plan in December (for the second time).", {}, ""},
    };
    for (const Row& r : rows) {
        INFO(r.last);
        const std::string page = std::string("La città approva il piano per il porto e le piste ciclabili\n\n") +
                                 "Il consiglio comunale ha approvato ieri sera il piano per il porto, dopo un "
                                 "dibattito di quasi quattro ore e molte proteste.\n\n"
                                 "La sindaca ha detto che i lavori cominceranno in primavera e finiranno entro "
                                 "due anni, se tutto andrà bene.\n\n" +
                                 r.last + "\n";
        const Article a = parse(page, "x");
        CHECK(a.source_tag.has_value() == !r.ids.empty());
        if (a.source_tag && !r.ids.empty()) {
            CHECK(a.source_tag->agencies == r.ids);
            CHECK(a.source_tag->raw == r.raw);
        }
    }
}

TEST_CASE("a plural subject's present cues a quote", "[quotes][regional]") {
    struct Row {
        const char* lang;
        const char* lede;
        const char* text;
        const char* cue;
    };
    const Row rows[] = {
        {"fr", "La mairie ferme la piscine pour deux ans. Les nageurs du club dénoncent un « abandon ».", "abandon",
         "dénoncent"},
        {"es", "El ayuntamiento cierra la piscina dos años. Los vecinos del barrio hablan de «abandono».", "abandono",
         "hablan"},
        {"it", "Il comune chiude la piscina per due anni. I nuotatori della società denunciano un «abbandono».",
         "abbandono", "denunciano"},
        {"pt", "A prefeitura fecha a piscina por dois anos. Os nadadores do clube denunciam um «abandono».", "abandono",
         "denunciam"},
    };
    for (const Row& r : rows) {
        INFO(r.lede);
        Article a;
        a.language = r.lang;
        a.lede = r.lede;
        const auto qs = extract_quotes(a);
        const Quote* found = nullptr;
        for (const auto& q : qs)
            if (q.text == r.text)
                found = &q;
        REQUIRE(found);
        CHECK(found->where == Where::lede);
        CHECK(found->cue.value_or("") == r.cue);
    }
}
