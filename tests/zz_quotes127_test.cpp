// Quotes of fr, de, en, it, es and pt pages (quotes127): a short reported clause whose verb in the singular no list
// holds, a particle of one language inside a name, another paper than the page's own named beside a verb of writing,
// a building's name holding no role, and a German subject after its verb before the quote.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

// (a named namespace: the file may be compiled on its own, tests/CMakeLists.txt, and leaves the batches of the others)
namespace quotes127 {

// The quote of `text` in the paragraphs `paragraphs` of a `lang` page, checked present; its speaker, or "" for none.
std::string speaker_of(const std::string& lang, const std::vector<std::string>& paragraphs, const std::string& text) {
    const auto qs = extract_quotes(page(lang, "", paragraphs));
    const Quote* q = quote_of(qs, text);
    REQUIRE(q != nullptr);
    return q->speaker.value_or("");
}

// The paragraph `paragraph` in `lang` quotes nothing whose text is `text`.
void check_no_quote_of(const std::string& lang, const std::string& paragraph, const std::string& text) {
    INFO(paragraph);
    CHECK(quote_of(extract_quotes(page(lang, "", {paragraph})), text) == nullptr);
}

} // namespace quotes127

using namespace quotes127;

// "« Q », écrit Le Temps dans son édition de mardi.", "«Q», scrive La Stampa nell'edizione di oggi.": after a verb of
// writing ([writing_verb_words]) a capitalised article and one capitalised word open a paper's title, though words in
// small letters follow it (title_article_opens), as they did before a mark ("écrit Le Temps.").
TEST_CASE("a paper named after a verb of writing keeps its article", "[quotes][quotes127]") {
    check_quotes({
        {"fr", {"« Le canton a sous-estimé le prix des travaux », écrit Le Temps dans son édition de mardi."},
         "Le canton a sous-estimé le prix des travaux", "Le Temps", "Le Temps"},
        {"fr", {"« Le canton a sous-estimé le prix des travaux », écrit Le Temps."},
         "Le canton a sous-estimé le prix des travaux", "Le Temps", "Le Temps"},
        {"it", {"«La Regione ha trovato i fondi solo all'ultimo momento», scrive La Stampa nell'edizione di oggi."},
         "La Regione ha trovato i fondi solo all'ultimo momento", "La Stampa"},
        {"es", {"«El ayuntamiento sabía del retraso desde marzo», escribe El Heraldo en su edición del martes."},
         "El ayuntamiento sabía del retraso desde marzo", "El Heraldo"},
        {"de", {"„Der Kanton hat die Kosten deutlich unterschätzt“, schreibt die Neue Zürcher Zeitung in ihrer "
                "Dienstagsausgabe."},
         "Der Kanton hat die Kosten deutlich unterschätzt", "Neue Zürcher Zeitung"},
    });
    // (near misses: a person whose surname opens on an article, named by the page, and a role after the verb)
    check_quotes({
        {"fr",
         {"« Cette réforme est une injustice », a dit Marine Le Pen devant les députés.",
          "« Nous voterons contre ce texte », a écrit Le Pen dans un message publié dimanche."},
         "Nous voterons contre ce texte", "Marine Le Pen", "Le Pen"},
        {"fr",
         {"Le ministre Paul Roux a reçu les députés lundi.",
          "« Le texte sera soumis au vote jeudi », écrit le ministre dans sa lettre aux députés."},
         "Le texte sera soumis au vote jeudi", "Paul Roux", "le ministre"},
    });
}

// "Pour le maire, « Q »" after "« Q », écrit Le Temps dans son édition de mardi.": the paper named beside a verb of
// writing is a publication (written_paper), which holds no person's role: the mayor named before it, else no one.
TEST_CASE("a paper named beside a verb of writing holds no person's role", "[quotes][quotes127]") {
    CHECK(speaker_of("fr",
                     {"« Le canton a sous-estimé le prix des travaux », écrit Le Temps dans son édition de mardi.",
                      "Pour le maire, « ce projet reste indispensable pour le centre-ville »."},
                     "ce projet reste indispensable pour le centre-ville") == "");
    CHECK(speaker_of("en",
                     {"\"The money was spent before anyone checked where it was going,\" the Guardian wrote on "
                      "Tuesday.",
                      "\"The fund has done exactly what it was set up to do,\" the mayor said."},
                     "The fund has done exactly what it was set up to do") == "");
    CHECK(speaker_of("de",
                     {"„Der Kanton hat die Kosten deutlich unterschätzt“, schreibt die Neue Zürcher Zeitung in ihrer "
                      "Dienstagsausgabe.",
                      "„Wir erwarten jetzt klare Antworten“, sagte der Gemeindepräsident."},
                     "Wir erwarten jetzt klare Antworten") == "");
    CHECK(speaker_of("it",
                     {"«La Regione ha trovato i fondi solo all'ultimo momento», scrive La Stampa nell'edizione di "
                      "oggi.",
                      "«Il reparto è una promessa mantenuta», ha detto il sindaco."},
                     "Il reparto è una promessa mantenuta") == "");
    // (near misses: the mayor named before the paper holds the role; the paper itself still speaks)
    CHECK(speaker_of("fr",
                     {"Le maire Olivier Martin a présenté le projet lundi.",
                      "« Le canton a sous-estimé le prix des travaux », écrit Le Temps dans son édition de mardi.",
                      "Pour le maire, « ce projet reste indispensable pour le centre-ville »."},
                     "ce projet reste indispensable pour le centre-ville") == "Olivier Martin");
    CHECK(speaker_of("en",
                     {"\"The money was spent before anyone checked where it was going,\" the Guardian wrote on "
                      "Tuesday."},
                     "The money was spent before anyone checked where it was going") == "Guardian");
    // (a person writing holds a role: "a écrit Le Pen" after "Marine Le Pen", then "la présidente du groupe")
    CHECK(speaker_of("fr",
                     {"Marine Le Pen, présidente du groupe, a pris la parole lundi.",
                      "« Nous voterons contre ce texte », a écrit Le Pen dans un message publié dimanche.",
                      "Pour la présidente du groupe, « ce texte est une injustice »."},
                     "ce texte est une injustice") == "Marine Le Pen");
}

// "Maria das Dores Silva elogiou a decisão": pt's "das" is a name's particle ([language_name_particle_words] of
// pt.txt, page_particle), which common.txt's list leaves out: German's "das" is an article.
TEST_CASE("a particle of the page's language joins the name", "[quotes][quotes127]") {
    check_quotes({
        {"pt", {"Maria das Dores Silva elogiou a decisão: «É uma vitória para quem vive aqui há décadas.»"},
         "É uma vitória para quem vive aqui há décadas.", "Maria das Dores Silva"},
        {"pt", {"«É uma vitória para o bairro», disse Maria das Dores Silva aos jornalistas."},
         "É uma vitória para o bairro", "Maria das Dores Silva"},
        // (near misses: the particles of the common list, as before)
        {"pt", {"«É uma vitória para o bairro», disse Maria de Souza aos jornalistas."},
         "É uma vitória para o bairro", "Maria de Souza"},
        {"es", {"«Es una victoria para el barrio», dijo María de los Ángeles Ruiz."},
         "Es una victoria para el barrio", "María de los Ángeles Ruiz"},
        {"en", {"\"It is a victory for the neighbourhood,\" said Anna Das, who lives on the square."},
         "It is a victory for the neighbourhood", "Anna Das"},
    });
    // (near miss: German's "das" between two capitalised words is an article, no name's particle)
    for (const auto& q : extract_quotes(page("de", "", {"„Das ist ein Sieg für das Quartier“, sagte Peter das Buch "
                                                        "in die Hand gedrückt bekam."})))
        CHECK(q.speaker.value_or("").find("das") == std::string::npos);
}

// "dijo que escasea personal.", "disse que chega tempo.", "ha detto che scarseggia acqua.": a short reported clause
// whose verb no list holds, told by a third person's present ending right after "that" before a bare noun
// (singular_verb_first).
TEST_CASE("a short reported clause told by its verb's ending", "[quotes][quotes127]") {
    check_quotes({
        {"es", {"El concejal de Comercio, Andrés Molina, dijo que escasea personal."}, "escasea personal",
         "Andrés Molina"},
        {"es", {"El concejal de Comercio, Andrés Molina, dijo que pesa la lluvia."}, "pesa la lluvia",
         "Andrés Molina"},
        {"pt", {"O vereador João Matos disse que chega tempo."}, "chega tempo", "João Matos"},
        {"it", {"L'assessore Marco Neri ha detto che scarseggia personale."}, "scarseggia personale", "Marco Neri"},
        // (the listed verb, as before)
        {"es", {"El concejal de Comercio, Andrés Molina, dijo que sobra tiempo."}, "sobra tiempo", "Andrés Molina"},
    });
    // (near misses: an answer, a day, a time, a demonstrative or an article after "that": no clause)
    check_no_quote_of("es", "La presidenta del barrio, Carmen Ruiz, dijo que sí.", "sí");
    check_no_quote_of("es", "La presidenta del barrio, Carmen Ruiz, dijo que mañana.", "mañana");
    check_no_quote_of("es", "La presidenta del barrio, Carmen Ruiz, dijo que esta semana.", "esta semana");
    check_no_quote_of("es", "La presidenta del barrio, Carmen Ruiz, dijo que la reforma.", "la reforma");
    check_no_quote_of("pt", "O vereador João Matos disse que não.", "não");
    check_no_quote_of("it", "L'assessore Marco Neri ha detto che domani.", "domani");
    check_no_quote_of("it", "L'assessore Marco Neri ha detto che domenica prossima.", "domenica prossima");
    check_no_quote_of("es", "La presidenta del barrio, Carmen Ruiz, dijo que nada más.", "nada más");
}

// A whole page: a masthead, menus, a byline, a caption and a footer around a text quoting another paper, then the
// mayor's view: the paper keeps its article and holds no role.
TEST_CASE("a whole page quoting another paper, then a role", "[quotes][quotes127]") {
    const std::vector<std::string> lines{
        "La Gazette du Lac", "Accueil", "Région", "Suisse", "Sport", "S'abonner", "",
        "Le tram de la rive droite coûtera deux fois plus cher", "", "Par Claire Monnet", "",
        "Publié le 8 décembre 2026 à 07h12", "",
        "Le chantier du tram entre la gare et le port devrait coûter près de 180 millions de francs, selon un "
        "rapport rendu public lundi.",
        "",
        "« Le canton a sous-estimé le prix des travaux souterrains depuis le début », écrit Le Temps dans son "
        "édition de mardi.",
        "",
        "Pour le maire, « ce projet reste indispensable pour désengorger le centre-ville ».", "",
        "Le Conseil municipal se prononcera sur un crédit complémentaire au printemps.", "",
        "Le tram sur le quai Wilson. Photo: Marc Durand", "", "Partager sur Facebook", "Mentions légales",
        "© 2026 La Gazette du Lac"};
    const Article a = parse(test::page_of(lines));
    const Quote* paper = quote_of(a.quotes, "Le canton a sous-estimé le prix des travaux souterrains depuis le début");
    REQUIRE(paper != nullptr);
    CHECK(paper->speaker.value_or("") == "Le Temps");
    const Quote* mayor = quote_of(a.quotes, "ce projet reste indispensable pour désengorger le centre-ville");
    REQUIRE(mayor != nullptr);
    CHECK(mayor->speaker.value_or("") == "");
}

// "Das Hallenbad Geiselweid bleibt bis März geschlossen. „Q“, sagte der Bürgermeister.": a name opening or closing on
// a building's noun ([building_words]; in German the end of a compound too) names a place, which holds no person's
// role (no_person_read).
TEST_CASE("a building's name holds no person's role", "[quotes][quotes127]") {
    check_quotes({
        {"de", {"Das Hallenbad Geiselweid bleibt bis März geschlossen. „Die Sanierung dauert länger als geplant“, "
                "sagte der Bürgermeister."},
         "Die Sanierung dauert länger als geplant", "", "der Bürgermeister"},
        {"de", {"Das Kantonsspital Baden baut eine neue Notaufnahme. „Wir brauchen mehr Platz“, sagte der Direktor."},
         "Wir brauchen mehr Platz", "", "der Direktor"},
        {"fr", {"Le Stade de la Fontenette rouvrira en mars. « Les travaux ont pris du retard », a dit le maire."},
         "Les travaux ont pris du retard", "", "le maire"},
        {"it", {"Lo Stadio Comunale Bentegodi resta chiuso fino a marzo. «I lavori sono in ritardo», ha detto il "
                "sindaco."},
         "I lavori sono in ritardo", "", "il sindaco"},
        // (near misses: the holder named before the building keeps the role)
        {"de", {"Bürgermeister Paul Huber besuchte am Montag das Hallenbad Geiselweid.",
                "„Die Sanierung dauert länger als geplant“, sagte der Bürgermeister."},
         "Die Sanierung dauert länger als geplant", "Paul Huber", "der Bürgermeister"},
        {"fr", {"Le maire Olivier Martin a visité le Stade de la Fontenette lundi.",
                "« Les travaux ont pris du retard », a dit le maire."},
         "Les travaux ont pris du retard", "Olivier Martin", "le maire"},
    });
}

// "Am Ende rief die Menge „Zugabe“.": after a phrase a preposition opens, German puts the subject after the verb; an
// article and a noun right before the quote, the verb's object, are that subject: the mention, as the corpora mark it
// (noun_before_quote); a crowd is no one the page names, a role noun its holder, else no one.
TEST_CASE("a German subject after the verb before the quote is the mention", "[quotes][quotes127]") {
    check_quotes({
        {"de", {"Das Konzert war seit Wochen ausverkauft. Am Ende rief die Menge „Zugabe“."}, "Zugabe", "",
         "die Menge"},
        {"de", {"Nach dem Spiel rief das Publikum „Auswärtssieg“."}, "Auswärtssieg", "", "das Publikum"},
        {"de", {"Zum Schluss rief der Moderator „Wir sehen uns im Sommer wieder“."}, "Wir sehen uns im Sommer wieder",
         "", "der Moderator"},
        // (near misses: a role noun after the verb, the holder named before; a name before a colon)
        {"de", {"Der Moderator Jonas Brunner führte durch den Abend.", "Am Ende rief der Moderator „Zugabe“."},
         "Zugabe", "Jonas Brunner", "der Moderator"},
        {"de", {"Am Montag sagte Bürgermeister Paul Huber: „Das war ein grosser Abend für unser Städtchen.“"},
         "Das war ein grosser Abend für unser Städtchen.", "Paul Huber", "Bürgermeister Paul Huber"},
        // (a body's noun names the body, as "wie das Ministerium mitteilte" does)
        {"de", {"Am Ende lobte das Ministerium „die gute Arbeit“."}, "die gute Arbeit", "Ministerium",
         "das Ministerium"},
    });
    // (near miss: the verb's object between it and the quote, "den Plan", is no subject)
    const auto qs = extract_quotes(page("de", "", {"Am Montag nannte die Stadt den Plan „einen Fehler“."}));
    const Quote* q = quote_of(qs, "einen Fehler");
    REQUIRE(q != nullptr);
    CHECK(q->mention.value_or("") != "den Plan");
    CHECK(q->speaker.value_or("") != "Plan");
}
