// Shapes of a picture's credit that close its caption, or stand under it, without the signs the older rules asked
// for: a separator mark after the caption's stop and a name alone ("... del Cabanyal. / Rober Solsona"), a name and
// its agency after a slash with no stop before them ("... em 2015 Paulo Novais/Lusa"), the picture's own word
// ("Picture by Jane Roe") and a credit's prefix inside the parenthesis closing the caption ("(Express Photo by Jane
// Roe)"). (A bare name on the line under a caption: caption_bare_credit_test.cpp.)
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "credit_rows.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;
using namespace archive::test;

TEST_CASE("the picture's own word opens a credit", "[credits][caption_shapes]") {
    for (const char* line : {"Picture by Jane Roe", "Pictures: Harbour Press", "Picture: Tom Hale/Coast News"}) {
        CAPTURE(line);
        CHECK(is_credit_line(std::string_view(line)));
    }
    // ("picture:" also opens prose: a name must follow it.)
    for (const char* line : {"The big picture: rates rise again", "picture: a look at the harbour in winter"}) {
        CAPTURE(line);
        CHECK_FALSE(is_credit_line(std::string_view(line)));
    }
    check_splits({
        {"The river ferry docking at the wharf on Tuesday. Picture by Jane Roe",
         "The river ferry docking at the wharf on Tuesday.", "Picture by Jane Roe"},
        {"Volunteers fill sandbags on the quay. Pictures: Harbour Press", "Volunteers fill sandbags on the quay.",
         "Pictures: Harbour Press"},
    });
    CHECK_FALSE(split_trailing_credit(std::string_view("The big picture: rates rise again")));
}

TEST_CASE("a credit prefix inside the parenthesis closing a caption credits from the parenthesis",
          "[credits][caption_shapes]") {
    check_splits({
        {"A train on trials near the new hospital. (Express Photo by Jane Roe)",
         "A train on trials near the new hospital.", "(Express Photo by Jane Roe)"},
        {"Fishing boats moored in the old harbour (Staff photo by Tom Hale)", "Fishing boats moored in the old harbour",
         "(Staff photo by Tom Hale)"},
        {"Der neue Steg am Seeufer kurz vor der Eröffnung. (Archiv Foto: Anna Muster)",
         "Der neue Steg am Seeufer kurz vor der Eröffnung.", "(Archiv Foto: Anna Muster)"},
    });
}

TEST_CASE("a separator mark after the caption's stop leads to its credit, a name alone perhaps",
          "[credits][caption_shapes]") {
    check_splits({
        {"Vista de un edificio con persianas bajadas en el barrio del Cabanyal. / Rober Solsona",
         "Vista de un edificio con persianas bajadas en el barrio del Cabanyal.", "Rober Solsona"},
        {"Le port de Sète au petit matin, avant l'arrivée des chalutiers. / Jean Morel (AFP)",
         "Le port de Sète au petit matin, avant l'arrivée des chalutiers.", "Jean Morel (AFP)"},
        {"Der Steg im Winter, kurz nach dem Sturm. | Anna Muster/Keystone", "Der Steg im Winter, kurz nach dem Sturm.",
         "Anna Muster/Keystone"},
        {"Vecinos en la plaza del mercado durante la protesta. / EFE", "Vecinos en la plaza del mercado durante la protesta.",
         "EFE"},
    });
    // A sentence after the mark, or words in small letters, are no credit.
    for (const char* line : {"The vote was close on Monday. - The mayor said more would follow.",
                             // (a dash after the stop may lead to the text's signature)
                             "The fair runs until Sunday on the quay. — Jane Roe",
                             "La foire se tient jusqu'à dimanche sur le quai. – Jean Morel",
                             "Los precios subieron en mayo. / Ver más noticias",
                             "Die Preise steigen wieder. | weiterlesen hier"}) {
        CAPTURE(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)));
    }
}

TEST_CASE("a name and its agency after a slash close a caption that no stop closes", "[credits][caption_shapes]") {
    check_splits({
        {"Amélia Rebelo na sua oficina, em 2015 Paulo Novais/Lusa", "Amélia Rebelo na sua oficina, em 2015",
         "Paulo Novais/Lusa"},
        {"Der neue Steg im Winter Anna Muster/Keystone", "Der neue Steg im Winter", "Anna Muster/Keystone"},
        {"Il porto vecchio all'alba Luca Bianchi/Ansa", "Il porto vecchio all'alba", "Luca Bianchi/Ansa"},
        {"A ponte velha sobre o rio, em 2019 | Rui Costa/Lusa", "A ponte velha sobre o rio, em 2019", "Rui Costa/Lusa"},
        // (a place closing the caption before the name; a given name the lexicon knows opens a name of three)
        {"The old cabaret in Paris Jean Morel/Reuters", "The old cabaret in Paris", "Jean Morel/Reuters"},
        {"La plaza mayor en Lisboa Ana Maria Souza/Lusa", "La plaza mayor en Lisboa", "Ana Maria Souza/Lusa"},
        // (the prefix still credits from itself)
        {"The pier at dawn on Sunday Photo by Jane Roe/AFP", "The pier at dawn on Sunday", "Photo by Jane Roe/AFP"},
    });
    for (const char* line : {
             // (a name of one word and a caption too short)
             "Lisboa Novais/Lusa",
             "Na oficina Paulo Novais/Lusa",
             // (no credit word after the slash)
             "The route runs from the harbour to Jane Roe/Main Street",
             // (a full stop closes the line: a sentence of the text)
             "The pictures were taken by Jane Roe/AFP.",
         }) {
        CAPTURE(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)));
    }
}
