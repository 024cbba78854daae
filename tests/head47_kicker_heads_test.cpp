// The head of a press page in three lines: a kicker, the headline, a standfirst. A kicker of four or five words (a
// topic's phrase: "Haushaltsstreit in der Koalition", "Le budget de la région") is no headline, whether the headline
// under it scores best ("Die Nacht, in der ...", a comma clause read as a deck) or the kicker does (a public
// broadcaster's page whose text starts at the headline, a skip link "Inhalt" over the kicker). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>
#include <tuple>

using namespace archive;

using archive::test::block_of;

TEST_CASE("a topic's phrase of four or five words, two of them content words, is a kicker's length",
          "[headline][kicker][topic_phrase][head47]") {
    for (const char* line : {"Haushaltsstreit in der Koalition", "Schnee in den Alpen", "Le budget de la région",
                             "La tempête sur la côte", "La crisi del governo", "Storm on the coast"}) {
        INFO(line);
        CHECK(topic_phrase(block_of(line)));
    }
    // (Three words are a label by their count alone; a clause of three content words, a figure, a stop or a
    // separator is a title's or a menu's.)
    for (const char* line : {"Sturm an Küste", "Koalition streitet über Haushalt", "Crise du budget régional",
                             "Haushalt 2027 in der Koalition", "Le budget de la région.", "Politik | in der Region",
                             "Die Nacht, in der dem Minister der Kragen platzte"}) {
        INFO(line);
        CHECK_FALSE(topic_phrase(block_of(line)));
    }
}

namespace {

struct Head {
    const char* lang;
    const char* page;
    const char* kicker; // nullptr: none
    const char* headline;
    const char* lede; // nullptr: not asked
    const char* gone; // a line left in the boilerplate, nullptr: none asked
};

void check_head(const Head& r) {
    INFO(r.lang << " " << r.headline);
    const Article a = parse(r.page);
    CHECK(a.headline.value_or("") == r.headline);
    if (r.kicker != nullptr)
        CHECK(a.kicker.value_or("") == r.kicker);
    else
        CHECK_FALSE(a.kicker.has_value());
    if (r.lede != nullptr)
        CHECK(a.lede.value_or("") == r.lede);
    if (r.gone != nullptr)
        CHECK(test::in_boilerplate(a, r.gone));
}

const char* const budget_de_lede = "Vierzehn Stunden verhandelten die Spitzen der Koalition über den Haushalt für das "
                            "kommende Jahr. Am Ende stand ein Kompromiss, mit dem niemand zufrieden ist.";
const char* const de_signed_body =
    "Von Jana Birkholz\n05.12.2026, 10:15 Uhr\n"
    "Es war kurz vor Mitternacht, als der Kämmerer Jens Hollmann den Saal verließ. Die Koalition hatte sich über den "
    "Haushalt und die Kürzungen bei den Schulen nicht einigen können.\n"
    "Erst gegen Morgen fand die Koalition einen Kompromiss über den Haushalt. Der Streit in der Koalition ist damit "
    "nicht beendet, sagen Beobachter.\n";
const char* const budget_fr_lede = "Quatorze heures durant, les élus de la région ont négocié le budget de l'an "
                                    "prochain. "
                            "Au bout du compte, un compromis qui ne satisfait personne.";
const char* const fr_signed_body =
    "Par Jeanne Brossard\nPublié le 5 décembre 2026 à 10h15\n"
    "Il était presque minuit quand le trésorier Jean Hollard a quitté la salle. Les élus de la région ne parvenaient "
    "pas à s'entendre sur le budget et les coupes dans les lycées.\n"
    "Ce n'est qu'au petit matin que la région a trouvé un compromis sur le budget. Le budget de la région reste "
    "contesté, disent les observateurs.\n";

std::string de_page(const std::string& kicker) {
    return "Der Kurier\nMenü\nPolitik\nInland\n" + kicker + "\nDie Nacht, in der dem Kämmerer die Geduld riss\n" +
           budget_de_lede + "\n" + de_signed_body;
}

std::string fr_page(const std::string& kicker) {
    return "Le Courrier\nMenu\nPolitique\nRégion\n" + kicker + "\nLa nuit où le trésorier a claqué la porte\n" +
           budget_fr_lede + "\n" + fr_signed_body;
}

} // namespace

TEST_CASE("over a standfirst signed by the byline, the line under a kicker of four words is the headline, no deck",
          "[classify][headline][kicker][standfirst][head47]") {
    const std::string de_topic = de_page("Haushaltsstreit in der Koalition");
    const std::string fr_topic = fr_page("Le budget de la région");
    // (A kicker that is a clause, three content words, is no topic's phrase: the headline is still the line under
    // it, the standfirst signed under that line. Of four to seven words, right over that head of title and signed
    // standfirst, it is the kicker all the same (head65: a head has one standfirst, and the line over its title is
    // its kicker); the menu's last entry over it stays with the boilerplate.)
    const std::string de_clause = de_page("Koalition ringt um Etat");
    const std::string fr_clause = fr_page("Crise du budget régional");
    const Head rows[] = {
        {"de", de_topic.c_str(), "Haushaltsstreit in der Koalition", "Die Nacht, in der dem Kämmerer die Geduld riss",
         budget_de_lede, "Inland"},
        {"fr", fr_topic.c_str(), "Le budget de la région", "La nuit où le trésorier a claqué la porte", budget_fr_lede,
         "Région"},
        {"de", de_clause.c_str(), "Koalition ringt um Etat", "Die Nacht, in der dem Kämmerer die Geduld riss",
         budget_de_lede, "Inland"},
        {"fr", fr_clause.c_str(), "Crise du budget régional", "La nuit où le trésorier a claqué la porte",
         budget_fr_lede, "Région"},
    };
    for (const Head& r : rows)
        check_head(r);
}

TEST_CASE("a broadcaster's head: a skip link, a topic's phrase, the headline, a standfirst",
          "[classify][headline][kicker][head47]") {
    const char* const de = "Radio Nord News\nNavigation öffnen\nNews\nRegional\n\nInhalt\nSturm an der Küste\n"
                           "Fährverkehr zu den Inseln wegen Orkanböen eingestellt – Deiche unter Beobachtung\n"
                           "Die Reederei hat alle Fahrten zu den Inseln abgesagt. Der Wetterdienst warnt vor "
                           "Orkanböen an der ganzen Küste.\n\n"
                           "In der Nacht erreichten die Böen an der Küste Orkanstärke. Die Reederei hat den "
                           "Fährverkehr zu den Inseln bis auf Weiteres eingestellt.\n\n"
                           "Der Deichverband beobachtet die Deiche an der Küste rund um die Uhr. Auf den Inseln "
                           "bleiben die Schulen geschlossen.\n";
    const char* const fr = "Radio Nord Info\nOuvrir la navigation\nInfo\nRégions\n\nContenu\nLa tempête sur la côte\n"
                           "Les traversées vers les îles suspendues à cause des rafales – les digues sous "
                           "surveillance\n"
                           "La compagnie a annulé toutes les traversées vers les îles. Météo-France prévoit des "
                           "rafales sur toute la côte.\n\n"
                           "Dans la nuit, les rafales ont atteint la force d'un ouragan sur la côte. La compagnie a "
                           "suspendu les traversées vers les îles jusqu'à nouvel ordre.\n\n"
                           "Le syndicat des digues surveille les digues de la côte jour et nuit. Sur les îles, les "
                           "écoles restent fermées.\n";
    const Head rows[] = {
        {"de", de, "Sturm an der Küste",
         "Fährverkehr zu den Inseln wegen Orkanböen eingestellt – Deiche unter Beobachtung", nullptr, "Inhalt"},
        {"fr", fr, "La tempête sur la côte",
         "Les traversées vers les îles suspendues à cause des rafales – les digues sous surveillance", nullptr,
         "Contenu"},
    };
    for (const Head& r : rows)
        check_head(r);
}

TEST_CASE("a rubric and its subrubric parted by a dash end the breadcrumb over the kicker",
          "[classify][kicker][breadcrumb][head47]") {
    // (The place is printed in the edition's menu above too, as a regional daily's pages do.)
    const char* const fr = "Édition\nTours\nBlois\nOrléans\nFaits divers - Justice\nBlois\n"
                           "Il volait des vélos électriques dans les garages de la résidence : huit mois de prison "
                           "avec sursis\n"
                           "Un homme de 29 ans a été condamné mardi par le tribunal correctionnel de Blois pour une "
                           "quinzaine de vols de vélos commis depuis le printemps.\n"
                           "Par Paul Girard - 03 déc. 2026 à 17:40\n"
                           "Il forçait les portes des garages la nuit avec un pied-de-biche. Le prévenu, un livreur "
                           "sans emploi, a reconnu les vols de vélos devant le tribunal.\n"
                           "Le tribunal de Blois a prononcé huit mois avec sursis et l'obligation de rembourser les "
                           "propriétaires des vélos.\n";
    const char* const de = "Ausgabe\nKassel\nFulda\nMarburg\nPolizei – Justiz\nFulda\n"
                           "Fahrraddieb muss für acht Monate auf Bewährung hinter Gitter\n"
                           "Ein 29-Jähriger ist am Dienstag vom Amtsgericht Fulda wegen einer Serie von "
                           "Fahrraddiebstählen zu acht Monaten auf Bewährung verurteilt worden.\n"
                           "Von Paul Gerber - 03.12.2026, 17:40 Uhr\n"
                           "Der Mann hatte nachts die Garagen in Fulda mit einem Brecheisen aufgebrochen. Vor dem "
                           "Amtsgericht gab er die Diebstähle der Fahrräder zu.\n"
                           "Das Amtsgericht Fulda verhängte acht Monate auf Bewährung und verpflichtete den Mann, die "
                           "Besitzer der Fahrräder zu entschädigen.\n";
    // (A menu's entries of that shape, the last one over a blank line, part nothing: "Hilfe" is the menu's.)
    const char* const de_menu = "Ordnung im Alltag\nFormulare\nKüche – Vorlagen\nGarten Vorlagen\nReisen – Vorlagen\n"
                                "Hilfe\n\nOrdnung im Keller – so gelingt der Frühjahrsputz\n"
                                "Der Keller ist oft der Ort, an dem sich über Jahre alles sammelt. Mit einem Plan "
                                "gelingt das Aufräumen an einem Wochenende.\n"
                                "Zuerst wird alles sortiert: behalten, verschenken, wegwerfen. Wer im Keller Regale "
                                "aufstellt, schafft schnell Ordnung.\n";
    const Head rows[] = {
        {"fr", fr, "Blois",
         "Il volait des vélos électriques dans les garages de la résidence : huit mois de prison avec sursis", nullptr,
         "Faits divers - Justice"},
        {"de", de, "Fulda", "Fahrraddieb muss für acht Monate auf Bewährung hinter Gitter", nullptr,
         "Polizei – Justiz"},
        {"de", de_menu, nullptr, "Ordnung im Keller – so gelingt der Frühjahrsputz", nullptr, "Hilfe"},
    };
    for (const Head& r : rows)
        check_head(r);
}

TEST_CASE("a line of scorers and their minutes is no title", "[headline][scorers_line][head47]") {
    for (const char* line : {"Diallo (58e), Berthelot (90e+3) pour Lens ; Kessler (23e) pour Marseille",
                             "Hofer (12.), Krause (45.+2) für Rotweiß; Lindner (77.) für Nordstadt",
                             "Okafor (23', 67') for Harbourside", "Okafor (23’), Lindqvist (81’)",
                             "Rossi (12 min), Bianchi (88 min)"}) {
        INFO(line);
        CHECK(scorers_line(line));
    }
    // (One minute alone, an age, a score or a year in parentheses: a title's.)
    for (const char* line : {"Oma (81) legt Betrüger rein – und ruft die Polizei!", "Lens (2-1) renverse Marseille",
                             "Kessler (23e) ouvre le score, Lens renverse Marseille",
                             "Die Saison (2026) und ihre Helden (12)",
                             "Berthelot (90e+3 et ses 21 ans) fait chavirer Bollaert"}) {
        INFO(line);
        CHECK_FALSE(scorers_line(line));
    }
}

TEST_CASE("a match's score box between the standfirst and the byline takes neither the headline nor the lede",
          "[classify][headline][lede][match][head47]") {
    const char* const fr_lede = "Mené à la pause, le FC Brévent s'est imposé 2-1 face à l'AS Corvaz samedi soir "
                                "grâce à "
                                "un but de Morel dans le temps additionnel.";
    const std::string fr = std::string("Football\nRugby\nTennis\nLive\nLigue 2\n"
                                       "Ligue 2 : Brévent renverse Corvaz au bout du suspense\n") +
                           fr_lede +
                           "\nBrévent\n2 - 1\nCorvaz\nTerminé\n"
                           "Girard (61e), Morel (90e+2) pour Brévent ; Perrin (18e) pour Corvaz\n"
                           "Stade des Alpes, 12 400 spectateurs. Arbitre : M. Blanc.\nLéa Fournier\n"
                           "le 06 décembre 2026 à 23h05\n"
                           "Les joueurs de Brévent ont longtemps buté sur la défense de Corvaz après le but de Perrin. "
                           "Il a fallu attendre une tête de Girard pour voir le stade s'embraser.\n"
                           "Dans le temps additionnel, Morel a repris de volée un centre de Faure pour offrir la "
                           "victoire à Brévent.\n";
    const char* const de_lede = "Nach einem 0:1-Rückstand zur Pause hat der SV Rotweiß am Samstag noch 2:1 gegen den "
                                "FC Nordstadt gewonnen, Krause traf in der Nachspielzeit.";
    const std::string de = std::string("Fußball\nHandball\nTennis\nLive\nRegionalliga\n"
                                       "Regionalliga: Rotweiß dreht das Spiel gegen Nordstadt\n") +
                           de_lede +
                           "\nRotweiß\n2:1\nNordstadt\nAbpfiff\n"
                           "Hofer (58.), Krause (90.+3) für Rotweiß; Lindner (23.) für Nordstadt\n"
                           "Waldstadion, 3400 Zuschauer. Schiedsrichter: Jan Brandt.\nVon Lena Fischer\n"
                           "06.12.2026, 23:05 Uhr\n"
                           "Lange biss sich Rotweiß an der Abwehr von Nordstadt die Zähne aus, nachdem Lindner früh "
                           "getroffen hatte. Erst Hofer brachte das Stadion zum Beben.\n"
                           "In der Nachspielzeit nahm Krause eine Flanke von Wolf volley und schoss Rotweiß zum "
                           "Sieg.\n";
    const Head rows[] = {
        {"fr", fr.c_str(), "Ligue 2", "Ligue 2 : Brévent renverse Corvaz au bout du suspense", fr_lede,
         "Girard (61e), Morel (90e+2) pour Brévent ; Perrin (18e) pour Corvaz"},
        {"de", de.c_str(), "Regionalliga", "Regionalliga: Rotweiß dreht das Spiel gegen Nordstadt", de_lede,
         "Hofer (58.), Krause (90.+3) für Rotweiß; Lindner (23.) für Nordstadt"},
    };
    for (const Head& r : rows)
        check_head(r);
}

TEST_CASE("a live ticker's banner between the headline and the standfirst is no standfirst: the lede is under it",
          "[classify][lede][ticker][head47]") {
    const char* const de_lede = "Das Sturmtief erreicht am Nachmittag die Küste. Der Wetterdienst warnt vor Orkanböen. "
                                "Alle Entwicklungen im Liveticker.";
    const std::string de = std::string("Nordwelle\nPolitik\nWirtschaft\nSport\nPanorama\nLiveticker\n"
                                       "Sturmtief über der Nordsee im Liveticker\n"
                                       "+++ 14:32 Fähren zu den Inseln fallen aus +++\n"
                                       "Aktualisiert: 05.12.2026, 14:32 Uhr\n") +
                           de_lede +
                           "\nTeilen\n14:32 Uhr\nFähren zu den Inseln fallen aus\n"
                           "Die Reederei hat alle Fahrten zu den Inseln für heute abgesagt. Die Fähren bleiben in den "
                           "Häfen, sagte ein Sprecher der Reederei am Mittag.\n"
                           "13:58 Uhr\nDeiche werden verstärkt\n"
                           "Der Deichverband hat am Vormittag an mehreren Stellen Sandsäcke ausgelegt. Die Deiche "
                           "seien stabil, hieß es vom Verband.\n"
                           "13:15 Uhr\nSchulen bleiben geschlossen\n"
                           "Auf den Inseln bleiben die Schulen am Freitag geschlossen. Das teilte der Landkreis am "
                           "Mittag mit.\n";
    const char* const fr_lede = "La tempête atteint la côte cet après-midi. Météo-France prévoit des rafales "
                                "violentes. "
                                "Toutes les informations en direct.";
    const std::string fr = std::string("Nord Info\nPolitique\nÉconomie\nSport\nSociété\nDirect\n"
                                       "La tempête sur la côte en direct\n"
                                       "+++ 14h32 Les traversées vers les îles annulées +++\n"
                                       "Mis à jour le 05/12/2026 à 14h32\n") +
                           fr_lede +
                           "\nPartager\n14h32\nLes traversées vers les îles annulées\n"
                           "La compagnie a annulé toutes les traversées vers les îles pour la journée. Les bateaux "
                           "restent au port, a indiqué un porte-parole à la mi-journée.\n"
                           "13h58\nLes digues renforcées\n"
                           "Le syndicat des digues a posé des sacs de sable à plusieurs endroits dans la matinée. Les "
                           "digues tiennent, selon le syndicat.\n"
                           "13h15\nLes écoles fermées\n"
                           "Sur les îles, les écoles restent fermées vendredi. Le département l'a annoncé à la "
                           "mi-journée.\n";
    for (const auto& [page, headline, lede, banner] :
         {std::tuple{de.c_str(), "Sturmtief über der Nordsee im Liveticker", de_lede,
                     "+++ 14:32 Fähren zu den Inseln fallen aus +++"},
          std::tuple{fr.c_str(), "La tempête sur la côte en direct", fr_lede,
                     "+++ 14h32 Les traversées vers les îles annulées +++"}}) {
        INFO(headline);
        const Article a = parse(page);
        CHECK(a.headline.value_or("") == headline);
        CHECK(a.lede.value_or("") == lede);
        CHECK(test::in_boilerplate(a, banner));
        CHECK_FALSE(test::has_paragraph_starting(a, lede));
    }
}

TEST_CASE("a standfirst printed under the byline, the buttons and the lead picture, over the dateline's paragraph",
          "[classify][lede][dateline][head47]") {
    const char* const de_lede = "Der Verkehrsminister hat die Pläne zu höheren Fährgebühren scharf kritisiert. Im "
                                "Landtag kam es zu einem heftigen Streit.";
    const std::string de_head = "Kurier.de\nLokales\nBayern\nPolitik\nSport\nLandtag\n"
                                "„Das ist ein Affront“: Minister attackiert Bund wegen Fährgebühren\n"
                                "Erstellt: 05.12.2026, 14:32 Uhr\nVon: Jonas Berger\nKommentare\nTeilen\n"
                                "Verkehrsminister Karl Brenner bei einer Kundgebung der Fährleute in Lindau am "
                                "Donnerstag.\n© Anna Roth/dpa\n";
    const std::string de_body = "Karl Brenner ist nicht für leise Töne bekannt. Am Donnerstag im Landtag legte der "
                                "Minister nach und nannte die Pläne des Bundes einen Affront gegen die Fährleute am "
                                "See.\n"
                                "Die Opposition warf Brenner Populismus vor. Fraktionschefin Eva Lang sagte, der "
                                "Minister suche nur die Schlagzeile.\nMit Material der dpa\n";
    const char* const fr_lede = "Le ministre a vivement critiqué le projet de hausse des tarifs des bacs. Le débat "
                                "a été "
                                "houleux à l'assemblée régionale.";
    const std::string fr_head = "Ouest Matin\nActualité\nBretagne\nPolitique\nSport\nRégion\n"
                                "« C'est un affront » : le ministre s'en prend à l'État sur les tarifs des bacs\n"
                                "Publié le 05/12/2026 à 14h32\nPar Jonas Le Berre\nCommentaires\nPartager\n"
                                "Le ministre Karl Brunel lors d'un rassemblement des passeurs à Lorient, jeudi.\n"
                                "Photo Anne Roux / AFP\n";
    const std::string fr_body = "Karl Brunel n'est pas connu pour sa retenue. Jeudi, à l'assemblée régionale, le "
                                "ministre a qualifié le projet de l'État d'affront fait aux passeurs de la rade.\n"
                                "L'opposition a accusé Brunel de populisme. Sa présidente de groupe, Ève Lannec, a "
                                "estimé que le ministre cherchait surtout les gros titres.\n";
    struct Row {
        std::string page;
        const char* lede;     // nullptr: none
        const char* dateline; // nullptr: none
    };
    const Row rows[] = {
        {de_head + de_lede + "\nLindau – " + de_body, de_lede, "Lindau"},
        {fr_head + fr_lede + "\nLORIENT – " + fr_body, fr_lede, "LORIENT"},
        // (With no dateline opening the paragraph under it, the line is the body's first paragraph.)
        {de_head + de_lede + "\n" + de_body, nullptr, nullptr},
        {fr_head + fr_lede + "\n" + fr_body, nullptr, nullptr},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        if (r.lede != nullptr) {
            CHECK(a.lede.value_or("") == r.lede);
            CHECK(a.dateline.value_or("") == r.dateline);
        } else {
            CHECK_FALSE(a.lede.has_value());
            CHECK_FALSE(a.dateline.has_value());
        }
    }
}
