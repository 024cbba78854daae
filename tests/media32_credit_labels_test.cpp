// Spanish and Italian picture credits (probe41 M2): the labels "Fotografía:", "Imagen:", "Ilustración:", "Foto di",
// "Illustrazione di" (and the English "Illustration:"), the picture agencies "Cuartoscuro", "Imagoeconomica",
// "Fotogramma" alone under a caption, and a picture agency's name alone in a parenthesis, under a caption or closing
// it, in capitals or small letters ("(Imagoeconomica)", "(KEYSTONE)"). They went to the boilerplate or became a section
// heading; "Imagen: Reuters" was read as the text's source tag. A news agency alone in a parenthesis ("(Ansa)") still
// tags a text, "(Foto)" names nobody, and "una foto di gruppo" is prose. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

// A page with `caption` over `credit` under an Italian or a Spanish byline and date.
std::string picture_page(const std::string& lang, const std::string& caption, const std::string& credit) {
    if (lang == "it")
        return "Il Foglio di Valle\nCronaca\nIl Comune approva il piano per le piste ciclabili\nDi Anna Riva\n"
               "24 novembre 2026\n" +
               caption + "\n" + credit +
               "\nIl consiglio comunale ha approvato martedì il piano per le nuove piste ciclabili, che costerà "
               "dodici milioni di euro in cinque anni.\nL'opposizione ha votato contro e chiesto più parcheggi per le "
               "auto nel centro storico della città.\n";
    if (lang == "en")
        return "The Harbour Times\nCity\nCouncil approves the new cycle lanes plan\nBy Jane Roe\n24 November 2026\n" +
               caption + "\n" + credit +
               "\nThe city council approved on Tuesday the plan for new cycle lanes, which will cost twelve million "
               "pounds over five years.\nThe opposition voted against it and asked for more parking in the old town "
               "centre.\n";
    return "El Diario del Valle\nEspaña\nEl Gobierno aprueba el plan de vivienda\nPor Ana Ruiz\n24/11/2026 16:05\n" +
           caption + "\n" + credit +
           "\nEl Gobierno aprobó este martes el plan estatal de vivienda para los próximos cuatro años, según fuentes "
           "del Ministerio.\nEl plan incluye 20.000 viviendas nuevas en las zonas tensionadas y ayudas directas para "
           "los jóvenes menores de 35 años.\n";
}

} // namespace

TEST_CASE("Spanish and Italian picture labels and agencies under a caption are its credit",
          "[classify][credit][media32]") {
    struct Row {
        const char* lang;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"es", "La ministra de Vivienda, durante la presentación del plan en Madrid.", "Fotografía: Luis Pérez"},
        {"es", "La ministra de Vivienda, durante la presentación del plan en Madrid.", "Imagen: Reuters"},
        {"es", "La ministra de Vivienda, durante la presentación del plan en Madrid.", "Ilustración: Sr. Gómez"},
        {"es", "La ministra de Vivienda, durante la presentación del plan en Madrid.", "Cuartoscuro"},
        {"it", "Una pista ciclabile in costruzione in viale Marconi.", "Foto di Mario Rossi"},
        {"it", "Una pista ciclabile in costruzione in viale Marconi.", "Illustrazione di Paolo Verdi"},
        {"it", "Una pista ciclabile in costruzione in viale Marconi.", "Imagoeconomica"},
        {"it", "Una pista ciclabile in costruzione in viale Marconi.", "Fotogramma"},
        {"it", "Una pista ciclabile in costruzione in viale Marconi.", "(Imagoeconomica)"},
        {"es", "La ministra de Vivienda, durante la presentación del plan en Madrid.", "(Cuartoscuro)"},
        {"en", "A cycle lane being built on Marine Parade.", "Illustration: John Doe"},
        {"en", "A cycle lane being built on Marine Parade.", "(Shutterstock)"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.credit);
        const Article a = parse(picture_page(r.lang, r.caption, r.credit));
        const auto m =
            std::find_if(a.media.begin(), a.media.end(), [&](const Media& x) { return x.caption == r.caption; });
        REQUIRE(m != a.media.end());
        CHECK(m->credit == std::optional<std::string>(r.credit));
        CHECK_FALSE(test::in_text(a, r.caption));
        CHECK_FALSE(a.source_tag.has_value());
    }
}

TEST_CASE("a picture agency in the parenthesis closing a caption is its credit, in capitals or not",
          "[classify][credit][media32]") {
    struct Row {
        const char* lang;
        const char* line;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"it", "Il ministro Luca Ferri alla Camera (Imagoeconomica)", "Il ministro Luca Ferri alla Camera",
         "(Imagoeconomica)"},
        {"it", "Il ministro Luca Ferri alla Camera (IMAGOECONOMICA)", "Il ministro Luca Ferri alla Camera",
         "(IMAGOECONOMICA)"},
        {"es", "El alcalde, en el pleno del Ayuntamiento (Cuartoscuro)", "El alcalde, en el pleno del Ayuntamiento",
         "(Cuartoscuro)"},
        {"en", "The mayor at the harbour board meeting (Shutterstock)", "The mayor at the harbour board meeting",
         "(Shutterstock)"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const auto split = split_trailing_credit(r.line);
        REQUIRE(split.has_value());
        CHECK(split->first == r.caption);
        CHECK(split->second == r.credit);
    }
}

TEST_CASE("a news agency or a picture's word alone in a parenthesis, and prose after a label's words, credit nobody",
          "[classify][credit][media32]") {
    CHECK(is_credit_line("(Imagoeconomica)"));
    CHECK(is_credit_line("(KEYSTONE)"));
    CHECK(is_credit_line("Fotografía: Luis Pérez"));
    CHECK(is_credit_line("Foto di Mario Rossi"));
    CHECK_FALSE(is_credit_line("(Foto)"));
    CHECK_FALSE(is_credit_line("(Ansa)"));
    CHECK_FALSE(is_credit_line("(Reuters)"));
    CHECK_FALSE(is_credit_line("foto di gruppo per i vincitori del torneo di calcio."));
    CHECK_FALSE(is_credit_line("Illustrazione di una città che cambia volto."));
    // (A bare name before a picture agency's parenthesis is the photographer's credit whole, no caption of a name.)
    CHECK_FALSE(split_trailing_credit("Luca Bassi (Imagoeconomica)").has_value());
    CHECK_FALSE(split_trailing_credit("Javier Soto (Cuartoscuro)").has_value());
    // (A stop left from the markup before a credit is no caption: nothing is split off.)
    const auto split = split_trailing_credit(". Foto: Luis Pérez");
    CHECK((!split.has_value() || split->first != "."));
}
