// Tests of the facts box under a match report: the result line, then the rows of the stadium, the scorers and the
// line-ups, are the article's text; an agency's tag closing the text over the box tags it. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

// A page with a match's box under its text: the box's rows the body must hold, a teaser under it that it must not.
// (`mark` is the agency's tag over the box, or the box's label, each test saying which.)
struct BoxRow {
    const char* lang;
    const char* page;
    const char* mark;
    std::vector<const char*> rows;
    const char* teaser;
};

void check_box_lines(const Article& a, const BoxRow& r) {
    const auto paragraphs = test::paragraphs_of(a);
    for (const char* line : r.rows) {
        INFO(line);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end());
    }
    // The teaser under the box stays out.
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.teaser)) == paragraphs.end());
}

} // namespace

TEST_CASE("a match's result line: two names around a spaced dash and a score", "[classify][match]") {
    struct Row {
        const char* line;
        bool result;
    };
    const Row rows[] = {
        {"Rives - Montvert 2-1 (0-1)", true},              // fr
        {"FC Hafenstadt – SV Uferdorf 0:3 (0:1)", true},   // de
        {"Porto Alto - Valrossa 1-1", true},               // it
        {"Harbour Rovers - Millbrook Town 4-2 (2-2)", true}, // en
        {"Rives - Montvert", false},                        // no score
        {"Score: 2-1", false},                              // no teams
        {"Le match s'est terminé sur le score de 2-1", false},
        {"Die Partie endete 3:1 (1:0)", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(result_line(r.line) == r.result);
    }
}

TEST_CASE("the facts box under a match report is the article's, its agency tag over the box tags it",
          "[classify][match]") {
    const std::vector<BoxRow> rows = {
        {"fr",
         "Le Journal du Lac\nSport\n\nLe FC Rives s'impose face à Montvert\n\n"
         "Le FC Rives a battu Montvert samedi soir grâce à deux buts marqués dans le dernier quart d'heure de la rencontre.\n\n"
         "L'entraîneur a salué le courage de ses joueurs, qui avaient été dominés pendant toute la première période.\n\n"
         "Les deux équipes se retrouveront au printemps pour le match retour, dans le stade de Montvert. (ats)\n"
         "Rives - Montvert 2-1 (0-1)\n"
         "Stade de la Rive. 3'200 spectateurs. Arbitre: Paul Roux.\n"
         "Buts: 30e Keller 0-1. 77e Favre 1-1. 85e Favre 2-1.\n"
         "Rives: Morel; Blanc, Rochat, Dubois, Perrin; Favre, Gay, Martin; Leroy, Simon, Meier.\n"
         "Montvert: Huber; Moser, Brunner, Widmer, Sutter; Keller, Steiner, Gerber; Frei, Baumann, Graf.\n\n"
         "Plus d'articles\nHockey: Les Aigles gagnent à domicile\nContact\nImpressum\n",
         "(ats)",
         {"Buts: 30e Keller 0-1. 77e Favre 1-1. 85e Favre 2-1.",
          "Rives: Morel; Blanc, Rochat, Dubois, Perrin; Favre, Gay, Martin; Leroy, Simon, Meier.",
          "Montvert: Huber; Moser, Brunner, Widmer, Sutter; Keller, Steiner, Gerber; Frei, Baumann, Graf."},
         "Hockey: Les Aigles gagnent à domicile"},
        {"de",
         "Seeblatt\nSport\n\nDer FC Hafenstadt verliert gegen Uferdorf\n\n"
         "Der FC Hafenstadt hat am Samstagabend vor eigenem Publikum eine deutliche Niederlage gegen Uferdorf kassiert.\n\n"
         "Der Trainer sprach nach dem Spiel von der schwächsten Leistung seiner Mannschaft in dieser Saison.\n\n"
         "Die beiden Mannschaften treffen im Frühling im Rückspiel erneut aufeinander. (sda)\n"
         "FC Hafenstadt – SV Uferdorf 0:3 (0:1)\n"
         "Seestadion. 4100 Zuschauer. Schiedsrichter: Max Roth.\n"
         "Tore: 20. Frei 0:1. 61. Graf 0:2. 88. Frei 0:3.\n"
         "FC Hafenstadt: Keller; Moser, Brunner, Widmer; Steiner, Gerber, Huber; Baumann, Sutter.\n"
         "Verwarnungen: 33. Moser, 70. Gerber.\n\n"
         "Mehr zum Thema\nEishockey: Die Adler siegen zu Hause\nKontakt\nImpressum\n",
         "(sda)",
         {"Tore: 20. Frei 0:1. 61. Graf 0:2. 88. Frei 0:3.",
          "FC Hafenstadt: Keller; Moser, Brunner, Widmer; Steiner, Gerber, Huber; Baumann, Sutter.",
          "Verwarnungen: 33. Moser, 70. Gerber."},
         "Eishockey: Die Adler siegen zu Hause"},
        {"it",
         "Gazzetta del Lago\nSport\n\nIl Porto Alto pareggia con il Valrossa\n\n"
         "Il Porto Alto ha pareggiato sabato sera contro il Valrossa al termine di una partita molto combattuta.\n\n"
         "L'allenatore ha detto di essere soddisfatto del punto conquistato su un campo così difficile.\n\n"
         "Le due squadre si ritroveranno in primavera per la partita di ritorno. (ANSA)\n"
         "Porto Alto - Valrossa 1-1 (1-0)\n"
         "Marcatori: 12' Ferri, 80' Galli.\n"
         "Porto Alto: Conti; Bruno, Greco, Marino; Rizzo, Lombardi, Moretti; Barbieri, Fontana.\n"
         "Ammoniti: Greco, Rizzo.\n\n"
         "Altre notizie\nBasket: la Virtus vince in casa\nContatti\n",
         "(ANSA)",
         {"Marcatori: 12' Ferri, 80' Galli.",
          "Porto Alto: Conti; Bruno, Greco, Marino; Rizzo, Lombardi, Moretti; Barbieri, Fontana.",
          "Ammoniti: Greco, Rizzo."},
         "Basket: la Virtus vince in casa"},
    };
    for (const BoxRow& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.mark);
        check_box_lines(a, r);
    }
}

TEST_CASE("a labelled box of a match's facts or of its players' marks under the text is the article's, its label "
          "heads it",
          "[classify][match]") {
    // (`mark` is the label heading the first box; the Italian page's second box has its own.)
    const std::vector<BoxRow> rows = {
        {"it",
         "Gazzetta del Lago\nSport\n\nIl Porto Alto batte il Valrossa nel finale\n\n"
         "Il Porto Alto ha battuto sabato sera il Valrossa con un gol arrivato negli ultimi minuti di una partita molto tesa.\n\n"
         "L'allenatore ha detto di essere orgoglioso dei suoi ragazzi, che non hanno mai smesso di crederci fino alla fine.\n\n"
         "Leggi anche: Basket, la Virtus vince ancora in casa\n\n"
         "IL TABELLINO\n"
         "PORTO ALTO (4-4-2): Conti; Bruno, Greco, Marino, Rizzo; Lombardi, Moretti, Barbieri, Fontana; Ferri, Galli.\n"
         "Arbitro: Neri di Pavia.\n"
         "Marcatori: 88' Galli.\n\n"
         "Le pagelle\n"
         "Conti 6 – Attento nelle uscite, mai davvero impegnato.\n"
         "Galli 7,5 – Il gol partita e tanta corsa per la squadra.\n\n"
         "Classifica\n1. Valmarina 30\n2. Porto Alto 28\nContatti\n",
         "IL TABELLINO",
         {"Arbitro: Neri di Pavia.", "Galli 7,5 – Il gol partita e tanta corsa per la squadra."},
         "1. Valmarina 30"},
        {"de",
         "Seeblatt\nSport\n\nUferdorf gewinnt das Derby gegen Hafenstadt\n\n"
         "Der SV Uferdorf hat das Derby am Samstag vor vollen Rängen mit zwei Toren in der zweiten Halbzeit gewonnen.\n\n"
         "Der Trainer lobte nach dem Spiel die Geduld seiner Mannschaft, die lange keinen Weg durch die Abwehr fand.\n\n"
         "Telegramm\n"
         "Seestadion. 5200 Zuschauer. Schiedsrichter: Max Roth.\n"
         "Tore: 61. Graf 0:1. 84. Frei 0:2.\n"
         "SV Uferdorf: Huber; Moser, Brunner, Widmer; Steiner, Gerber; Baumann, Graf, Frei.\n\n"
         "Mehr aus dem Sport\nEishockey: Die Adler siegen zu Hause\nKontakt\n",
         "Telegramm",
         {"Tore: 61. Graf 0:1. 84. Frei 0:2."},
         "Eishockey: Die Adler siegen zu Hause"},
        {"en",
         "Harbour Gazette\nSport\n\nRovers snatch late win at Millbrook\n\n"
         "Harbour Rovers came from behind to beat Millbrook Town on Saturday with two goals in the last ten minutes.\n\n"
         "The manager said afterwards that his side had shown the patience he had asked of them all week.\n\n"
         "Player ratings\n"
         "Jones 6 - Solid without having much to do.\n"
         "Okoro 8 - Scored the winner and ran the midfield.\n"
         "Patel 5.5 - Struggled with the pace of the wingers.\n\n"
         "Most read\nCouncil approves new ferry timetable\nContact us\n",
         "Player ratings",
         {"Okoro 8 - Scored the winner and ran the midfield.", "Patel 5.5 - Struggled with the pace of the wingers."},
         "Council approves new ferry timetable"},
        {"fr",
         "Le Courrier du Gave\nSport\n\nLes Bleus du Gave s'imposent au bout du suspense\n\n"
         "Les Bleus du Gave ont battu Montrieu samedi soir grâce à une pénalité réussie dans les arrêts de jeu.\n\n"
         "L'entraîneur a salué après la rencontre la patience de ses avants, longtemps dominés en mêlée.\n\n"
         "LA FEUILLE DE MATCH\n"
         "Gave : Lacaze - Bergès, Pujol, Carrère, Lassalle - (o) Darré, (m) Castets.\n"
         "Montrieu : Giraud - Masson, Poirier, Roux, Marchal - (o) Lenoir, (m) Chevalier.\n\n"
         "Les notes\n"
         "Darré : 8. Sans un échec face aux perches.\n"
         "Castets : 6. Une passe perdue, beaucoup d'activité.\n\n"
         "Le classement\n1. Montrieu 30 pts\n2. Gave 28 pts\nContact\n",
         "LA FEUILLE DE MATCH",
         {"Montrieu : Giraud - Masson, Poirier, Roux, Marchal - (o) Lenoir, (m) Chevalier.",
          "Darré : 8. Sans un échec face aux perches."},
         "1. Montrieu 30 pts"},
    };
    const std::vector<std::string> second_labels = {"Le pagelle", "", "", "Les notes"};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const BoxRow& r = rows[i];
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> labels = {r.mark};
        if (!second_labels[i].empty())
            labels.push_back(second_labels[i]);
        CHECK(test::headings_of(a) == labels);
        check_box_lines(a, r);
    }
}

TEST_CASE("a label of a match's box takes no lines in without rows of facts or marks under it", "[classify][match]") {
    // "Le pagelle" over a table of points (a name and a figure, no dash, no colon): no box, the table stays out.
    const char* page = "Gazzetta del Lago\nSport\n\nIl Porto Alto batte il Valrossa nel finale\n\n"
                       "Il Porto Alto ha battuto sabato sera il Valrossa con un gol arrivato negli ultimi minuti di "
                       "una partita molto tesa.\n\n"
                       "L'allenatore ha detto di essere orgoglioso dei suoi ragazzi, che non hanno mai smesso di "
                       "crederci fino alla fine.\n\n"
                       "Le pagelle\nValmarina 30\nPorto Alto 28\nCastelfranco 27\n\nContatti\nPubblicità\n";
    const Article a = classify(segment(page), "it");
    const auto paragraphs = test::paragraphs_of(a);
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string("Valmarina 30")) == paragraphs.end());
    CHECK(test::headings_of(a).empty());
}

TEST_CASE("a labelled box of a match's figures under the text is the article's, its label heads it",
          "[classify][match]") {
    // The label names the match's statistics ("Match stats", "Spielstatistik", "Estatísticas da partida"): its rows
    // are labelled figures, one side's against the other's.
    const std::vector<BoxRow> rows = {
        {"en",
         "Harbour Gazette\nSport\n\nRovers hold on for a point at Millbrook\n\n"
         "Harbour Rovers held Millbrook Town to a goalless draw on Saturday despite playing the last half hour with ten men.\n\n"
         "The manager said afterwards that the point felt like a win after the week his squad had been through.\n\n"
         "Match stats\n"
         "Possession: 41% - 59%\n"
         "Shots on target: 2 - 6\n"
         "Corners: 3 - 9\n\n"
         "Most read\nCouncil approves new ferry timetable\nContact us\n",
         "Match stats",
         {"Possession: 41% - 59%", "Corners: 3 - 9"},
         "Council approves new ferry timetable"},
        {"de",
         "Seeblatt\nSport\n\nUferdorf holt in Unterzahl einen Punkt\n\n"
         "Der SV Uferdorf hat am Samstag trotz einer Roten Karte ein torloses Unentschieden gegen Hafenstadt erkämpft.\n\n"
         "Der Trainer sagte nach dem Spiel, der Punkt fühle sich nach dieser schwierigen Woche wie ein Sieg an.\n\n"
         "Spielstatistik\n"
         "Ballbesitz: 38 % - 62 %\n"
         "Torschüsse: 4 - 15\n"
         "Ecken: 2 - 8\n\n"
         "Mehr aus dem Sport\nEishockey: Die Adler siegen zu Hause\nKontakt\n",
         "Spielstatistik",
         {"Ballbesitz: 38 % - 62 %", "Ecken: 2 - 8"},
         "Eishockey: Die Adler siegen zu Hause"},
        {"pt",
         "Gazeta do Cais\nEsportes\n\nAlvirrubro segura o empate fora de casa com um a menos\n\n"
         "O Alvirrubro arrancou um empate sem gols no sábado mesmo jogando a última meia hora com um jogador a menos.\n\n"
         "O treinador disse depois do jogo que o ponto tinha gosto de vitória depois de uma semana muito difícil.\n\n"
         "Estatísticas da partida\n"
         "Posse de bola: 40% - 60%\n"
         "Finalizações: 5 - 14\n"
         "Escanteios: 2 - 7\n\n"
         "Mais lidas\nPrefeitura aprova novo horário das barcas\nFale conosco\n",
         "Estatísticas da partida",
         {"Posse de bola: 40% - 60%", "Escanteios: 2 - 7"},
         "Prefeitura aprova novo horário das barcas"},
    };
    for (const BoxRow& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::headings_of(a) == std::vector<std::string>{r.mark});
        check_box_lines(a, r);
    }
}
