// People the text names by a given name alone, as papers name survivors, witnesses and relatives who give no surname:
// the word is a person where the text presents it as one (an age set off after it, an apposition to a relative's, a
// neighbour's or a role's noun, a common given name), so a later pronoun or age noun finds them; a place or a noun
// set off so is no one. Every line is invented (session 52, quotes88).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a given name alone with an age set off after it is a person a later pronoun or age noun stands for",
          "[quotes][names][age][quotes88]") {
    check_quotes({
        {"en",
         {"Ruth, 19, waited on the footbridge with her dog until the boats came.",
          "\"We lost the whole ground floor in an hour,\" she said."},
         "We lost the whole ground floor in an hour",
         "Ruth"},
        {"en",
         {"Her neighbour, Marcus, 34, watched the river climb over the garden wall.",
          "\"I have never seen it come up this quick,\" the 34-year-old added."},
         "I have never seen it come up this quick",
         "Marcus"},
        {"es",
         {"Su vecina, Rosario, de 58 años, ayudó a sacar a los niños por la ventana del patio.",
          "“El agua subía sin parar”, relató."},
         "El agua subía sin parar",
         "Rosario"},
        {"it",
         {"Il suo vicino, Franco, 71 anni, è stato portato in salvo dai vigili del fuoco.",
          "«Ho perso tutto quello che avevo», ha raccontato il 71enne."},
         "Ho perso tutto quello che avevo",
         "Franco"},
    });
}

TEST_CASE("a given name alone in apposition to a relative's or a neighbour's noun is a person",
          "[quotes][names][kin][quotes88]") {
    check_quotes({
        {"es",
         {"La madre de Lucía, Rosario, explicó que la familia solo quiere saber qué pasó aquella noche."},
         "la familia solo quiere saber qué pasó aquella noche",
         "Rosario"},
        {"en",
         {"His flatmate, Dmitri, stayed behind to help the older tenants down the stairs.",
          "\"Nobody told us anything until the water was in the hall,\" he said."},
         "Nobody told us anything until the water was in the hall",
         "Dmitri"},
        {"it",
         {"La sorella di Matteo, Ilaria, ha spiegato che la famiglia chiede soltanto la verità."},
         "la famiglia chiede soltanto la verità",
         "Ilaria"},
    });
}

TEST_CASE("a common given name alone is a person, and the given name of someone named in full is that person",
          "[quotes][names][given][quotes88]") {
    check_quotes({
        {"es",
         {"Manuel vive solo en la planta baja desde que murió su mujer.",
          "“El agua entró por la ventana de la cocina”, cuenta."},
         "El agua entró por la ventana de la cocina",
         "Manuel"},
        {"en",
         {"Laura spent the night at her grandmother's house on the hill.",
          "\"We could hear the water under the floor,\" she said."},
         "We could hear the water under the floor",
         "Laura"},
        {"es",
         {"La alcaldesa Laura Quintana visitó por la tarde las calles anegadas.",
          "Laura recorrió el barrio a pie. “Nadie estaba preparado para esto”, dijo."},
         "Nadie estaba preparado para esto",
         "Laura Quintana"},
    });
}

TEST_CASE("a place or a sentence's first word set off by commas is no person a later pronoun stands for",
          "[quotes][names][guard][quotes88]") {
    check_quotes({
        {"en",
         {"The town, Ludlow, was cut off overnight when the bridge closed.", "\"We had no warning at all,\" she said."},
         "We had no warning at all",
         ""},
        {"en",
         {"Officials in Northbury said the river peaked at noon.",
          "\"It is still rising on the lower streets,\" she said."},
         "It is still rising on the lower streets",
         ""},
        {"es",
         {"El pueblo, Albereda, quedó aislado durante toda la noche.", "“No hubo ningún aviso”, dijo."},
         "No hubo ningún aviso",
         ""},
    });
}

TEST_CASE("a reference's surname that is also a given name is no person its title's quote is said by",
          "[quotes][names][guard][s52]") {
    // ("Surname, Given (date). “Title”": the list of references under an encyclopedia's article.)
    const std::vector<std::vector<std::string>> pages = {
        {"The first stations opened in the early 1920s.",
         "^ Mark, Alan (March 2009). \"Grasslands and the high country\". The Encyclopedia of the Islands."},
        {"Several stations merged in the 1930s.",
         "^ Brian, Helen; Roe, Jim (2001). \"Radio in the early years of the colony\". Harbour Press."},
    };
    for (const auto& paragraphs : pages) {
        INFO(paragraphs.back());
        for (const auto& q : archive::extract_quotes(archive::quote_rows::page("en", "", paragraphs)))
            CHECK_FALSE(q.speaker.has_value());
    }
}
