// Captions whose credit or marks the older rules missed (probe61 M1, M2, M4; probe63 M1): a credit's label glued to
// the caption's last letter ("... in HarwickCredit: Coast Press", "... on FridayCredit...Jane Roe for The Harbour
// Times"), the "Image credit:" label ("(Image credit: X)" is no caption "(Image" and a credit "credit: X)"), a
// caption naming its picture's subject ("Tom Hale (pictured) ..."), and a gallery's counter and licensing button
// around a caption and its credit ("Item 1 of 2 ...", "[1/2] ...", "... Purchase Licensing Rights"). Invented text.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "classify.hpp"
#include "credit_rows.hpp"
#include "credits_parts.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using namespace archive::test;

TEST_CASE("a credit's label glued to the caption's last letter is split off", "[credits][media61]") {
    check_splits({
        {"Rubbish bags piled up on the Millfield estate in HarwickCredit: Coast Press",
         "Rubbish bags piled up on the Millfield estate in Harwick", "Credit: Coast Press"},
        {"The senator speaks to reporters outside the chamber on FridayCredit...Jane Roe for The Harbour Times",
         "The senator speaks to reporters outside the chamber on Friday", "Credit...Jane Roe for The Harbour Times"},
        {"Workers lay new cables under the old town in 1998CreditTom Hale for The Harbour Times",
         "Workers lay new cables under the old town in 1998", "CreditTom Hale for The Harbour Times"},
        {"Workers lay new cables under the old townCreditCreditTom Hale/The Harbour Times",
         "Workers lay new cables under the old town", "CreditCreditTom Hale/The Harbour Times"},
        {"Der neue Steg am Hafen von LindauFoto: Anna Muster", "Der neue Steg am Hafen von Lindau", "Foto: Anna Muster"},
        {"Le nouveau quai du port de LorientCrédit: Jeanne Morel", "Le nouveau quai du port de Lorient",
         "Crédit: Jeanne Morel"},
    });
    // A label with a space before it is another word; a sentence goes on past the glued word; two words are no
    // caption; a capital glued to a small letter opens no credit when no colon, ellipsis nor capital follows.
    for (const char* line : {"The team met at the McCredit offices in Harwick on Monday",
                             "The pier is closed in HarwickCredit: the council said it would reopen. Then it did.",
                             "In HarwickCredit: Coast Press", "Der Verein zeigt seine FotoGalerie im Rathaus."}) {
        CAPTURE(line);
        const auto split = split_trailing_credit(std::string_view(line));
        CHECK((!split || split->second.find("redit") == std::string::npos));
        CHECK((!split || split->second.find("Foto") == std::string::npos));
    }
}

TEST_CASE("a glued credit under the standfirst leaves both in their places", "[credits][media61]") {
    const std::string page = "Politics\n"
                             "Senate passes the harbour bill after a long night of debate\n"
                             "The measure, which drew support from both parties, funds repairs to the old pier.\n"
                             "Senator Ann Hill, of Harwick, speaks to reporters on FridayCredit...Jane Roe for The "
                             "Harbour Times\n"
                             "By Tom Hale\nDec. 4, 2026\n"
                             "The Senate passed the harbour bill on Friday after a debate that lasted through the night, "
                             "sending it to the governor.\n"
                             "The bill sets aside money for the repair of the old pier, closed since the storms of last "
                             "winter, and for a new ferry.\n"
                             "The governor is expected to sign it next week, her office said in a statement.\n";
    const Article a = parse(page);
    CHECK(has_media(a, "Senator Ann Hill, of Harwick, speaks to reporters on Friday"));
    CHECK_FALSE(in_body(a, "The measure, which drew support from both parties, funds repairs to the old pier."));
}

TEST_CASE("'Image credit:' is a credit's label, never cut into a one-word caption", "[credits][media61]") {
    for (const char* line : {"(Image credit: Harbour Tech / Jane Roe)", "Image credit: Harbour Tech",
                             "(Images credit: Coast Press)"}) {
        CAPTURE(line);
        CHECK(is_credit_line(std::string_view(line)));
        const auto split = split_trailing_credit(std::string_view(line));
        CHECK((!split || split->first.find(' ') != std::string::npos));
    }
    check_splits({{"The new headphones in their sand colour. (Image credit: Harbour Tech)",
                   "The new headphones in their sand colour.", "(Image credit: Harbour Tech)"}});
    const std::string page = "Reviews\n"
                             "Harbour Aria 2 review: quiet, light and a little too dear\n"
                             "By Jane Roe\nDecember 4, 2026\n"
                             "The Harbour Aria 2 in its sand colour.\n"
                             "(Image credit: Harbour Tech / Jane Roe)\n"
                             "The Aria 2 is the second pair of wireless headphones the company has made, and it fixes "
                             "most of what went wrong with the first.\n"
                             "Battery life is the best we have measured this year, at a little over forty hours with "
                             "noise cancelling on.\n";
    const Article a = parse(page);
    REQUIRE(has_media(a, "The Harbour Aria 2 in its sand colour."));
    for (const Media& m : a.media) {
        CHECK(m.caption != "(Image");
        if (m.caption == "The Harbour Aria 2 in its sand colour.")
            CHECK(m.credit == std::optional<std::string>("(Image credit: Harbour Tech / Jane Roe)"));
    }
}

TEST_CASE("a line naming its picture's subject, no stop closing it, is a caption", "[credits][media61]") {
    for (const char* line : {"Maureen Hale, 71, (pictured) was left waiting on the hard shoulder for six hours",
                             "Tom Hale (pictured with his mother) said she had been shaking when he found her",
                             "The pier master (pictured left) at the opening of the new quay",
                             "Il sindaco Mario Rossi (nella foto) all'inaugurazione del nuovo ponte",
                             "La alcaldesa Ana Vidal (en la imagen) durante la visita al nuevo muelle"}) {
        CAPTURE(line);
        CHECK(pictured_subject(line));
    }
    // A sentence of the text naming its picture ends on its stop; a parenthesis of other words names nobody.
    for (const char* line : {"The rare skink (pictured) lives under the rocks of the old quarry.",
                             "Tom Hale (who pictured the scene in his book) said it was cold",
                             "Il sindaco (nella foto di gruppo) ha parlato.", "Tom Hale (right to reply) said no"}) {
        CAPTURE(line);
        CHECK_FALSE(pictured_subject(line));
    }
    const std::string page = "News\n"
                             "Grandmother left on the hard shoulder for six hours after the breakdown call was lost\n"
                             "By Jane Roe\nDecember 4, 2026\n"
                             "A grandmother was left on the hard shoulder of a motorway for almost six hours after a "
                             "breakdown company lost her call, her family has said.\n"
                             "Maureen Hale, 71, (pictured) was left waiting on the hard shoulder for six hours\n"
                             "Her son drove forty miles to find her after she called him from a phone box near the "
                             "junction.\n"
                             "The company said a fault in its system meant the job was never sent to a driver.\n";
    const Article a = parse(page);
    CHECK(has_media(a, "Maureen Hale, 71, (pictured) was left waiting on the hard shoulder for six hours"));
    CHECK_FALSE(in_body(a, "Maureen Hale, 71, (pictured) was left waiting on the hard shoulder for six hours"));
    const std::string it = "Cronaca\n"
                           "Inaugurato il nuovo ponte sul fiume dopo tre anni di lavori\n"
                           "di Anna Bianchi\n4 dicembre 2026\n"
                           "Il nuovo ponte sul fiume è stato inaugurato ieri mattina alla presenza delle autorità e di "
                           "molti cittadini del quartiere.\n"
                           "Il sindaco Mario Rossi (nella foto) all'inaugurazione del nuovo ponte\n"
                           "I lavori erano cominciati tre anni fa e sono costati quasi dodici milioni di euro, pagati "
                           "in gran parte dalla regione.\n"
                           "Il ponte sarà aperto al traffico delle auto da lunedì, mentre la pista ciclabile aprirà in "
                           "primavera.\n";
    const Article b = parse(it);
    CHECK(has_media(b, "Il sindaco Mario Rossi (nella foto) all'inaugurazione del nuovo ponte"));
}

TEST_CASE("a gallery's counter and licensing button are no words of the caption or its credit",
          "[credits][media61]") {
    check_splits({
        {"Item 1 of 2 A crane lifts the last beam of the new pier in Harwick, December 4, 2026. REUTERS/Jane Roe",
         "A crane lifts the last beam of the new pier in Harwick, December 4, 2026.", "REUTERS/Jane Roe"},
        {"[1/2] A crane lifts the last beam of the new pier in Harwick, December 4, 2026. REUTERS/Jane Roe Purchase "
         "Licensing Rights",
         "A crane lifts the last beam of the new pier in Harwick, December 4, 2026.", "REUTERS/Jane Roe"},
        {"Bild 2 von 5 Der neue Steg am Hafen von Lindau im Winter. Foto: Anna Muster",
         "Der neue Steg am Hafen von Lindau im Winter.", "Foto: Anna Muster"},
    });
    // (A caption that only opens like a counter keeps its words.)
    check_splits({{"Item 4 on the agenda was the new pier in Harwick. Photo: Jane Roe",
                   "Item 4 on the agenda was the new pier in Harwick.", "Photo: Jane Roe"}});
}

TEST_CASE("a subheading over a picture's lone credit is no caption", "[credits][media61]") {
    for (const char* line : {"Harbour X2: Where to Buy", "Galaxy Tab 9: Price and Release Date",
                             "Hafenfähre X2: Preis und Marktstart", "Modell S30: Wo man ihn kaufen kann"})
        CHECK(topic_subheading(archive::test::block_of(line)));
    // (A caption is no topic and its title: a sentence, a line with no colon, or a colon after many words.)
    for (const char* line : {"Harbour X2: where we bought it.", "The new ferry leaves the quay at dawn",
                             "Die neue Fähre verlässt den Hafen im Morgengrauen", "Madrid: protesters at the square"})
        CHECK_FALSE(topic_subheading(archive::test::block_of(line)));
    // The subheading stays a line of the text, and the credit under it is a picture's with no caption.
    struct Row {
        std::string page;
        const char* subheading;
        const char* credit;
    };
    const Row rows[] = {
        {"Tech\nWhere to buy the Harbour X2 handheld this winter\nBy Jane Roe\nDecember 4, 2026\n"
         "The Harbour X2 handheld went on sale this week, and most shops sold out of it within hours of opening their "
         "doors.\n"
         "Harbour X2: Where to Buy\n\n(Image credit: Coast Press)\n\n"
         "The maker says new stock reaches the shops every Friday, and that online orders ship within ten days.\n"
         "Several shops have started waiting lists, which they say will be served in the order the names came in.\n",
         "Harbour X2: Where to Buy", "(Image credit: Coast Press)"},
        {"Technik\nWo es die Hafenfähre X2 diesen Winter zu kaufen gibt\nVon Anna Muster\n4. Dezember 2026\n"
         "Die Hafenfähre X2 ist seit dieser Woche im Handel, und die meisten Läden waren nach wenigen Stunden "
         "ausverkauft.\n"
         "Hafenfähre X2: Preis und Marktstart\n\n(Bild: Küstenpresse)\n\n"
         "Der Hersteller sagt, dass jeden Freitag neue Ware in die Läden kommt und Bestellungen im Netz binnen zehn "
         "Tagen verschickt werden.\n"
         "Mehrere Läden führen inzwischen Wartelisten, die sie nach der Reihenfolge der Anmeldungen abarbeiten "
         "wollen.\n",
         "Hafenfähre X2: Preis und Marktstart", "(Bild: Küstenpresse)"},
    };
    for (const Row& r : rows) {
        INFO(r.subheading);
        const Article a = parse(r.page);
        CHECK_FALSE(has_media(a, r.subheading));
        CHECK(in_text(a, r.subheading));
        CHECK(std::any_of(a.media.begin(), a.media.end(),
                          [&](const Media& m) { return m.credit == r.credit && !m.caption; }));
    }
}

// speed99: glued_label_opening() settles a line closed by a stop by its last byte, before its walk back over the
// line's last words (the credit closes the line without one).
TEST_CASE("glued_label_opening: a line closed by a stop is settled by its last byte", "[media61][speed99]") {
    // en, fr, de, it, es: a caption whose credit's label is glued to its last word, the credit closing the line.
    for (const char* line : {"The old ferry leaves the harbour of HarwickCreditJane Roe/Coast Press",
                             "Le marché couvert de Brésac au petit matinPhoto: Lise Montcalm",
                             "Der neue Steg am Ufer von VarnauFoto: Mira Talberg",
                             "La piazza di Pievelunga durante la festaFoto: Sara Valdora",
                             "El puerto de Valdeluz al amanecerFoto: Ana Ruiz"}) {
        const std::string_view s(line);
        INFO(line);
        CHECK(glued_label_opening(s) != std::string_view::npos);
        // Near misses: the same line closed by a stop, or by a stop and spaces (a sentence goes on): no credit.
        for (const char* stop : {".", "!", "?", ":", ",", ";", ". ", ".\t"}) {
            const std::string closed = std::string(line) + stop;
            INFO(closed);
            CHECK(glued_label_opening(closed) == std::string_view::npos);
        }
    }
    CHECK(glued_label_opening("") == std::string_view::npos);
    CHECK(glued_label_opening("   ") == std::string_view::npos);
}
