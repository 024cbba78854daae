// Credits that Brazilian and Spanish-language papers print without a label: the picture's source alone in the
// parenthesis closing a caption ("(Arquivo pessoal)", "(Divulgação)", "(Reprodução/Instagram)", "(Archivo)",
// "(Cortesía)", "(Archiv)": credits.cpp unlabelled_source_credit()), and Folha's archive credit with the day the
// picture was taken ("... - Ana Lima - 12.nov.2026/Folhapress": credit_captions.cpp person_slash_outlet()).
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "credits_parts.hpp"
#include "media39_caption_rows.hpp"

#include <initializer_list>
#include <string_view>
#include <utility>

using namespace archive;

TEST_CASE("a picture's source alone in the parenthesis closing a caption is its credit", "[media][credit][media46]") {
    const test::CaptionSplitRow rows[] = {
        {"Dona Lurdes em foto de 2018, na festa da padroeira (Arquivo pessoal)",
         "Dona Lurdes em foto de 2018, na festa da padroeira", "(Arquivo pessoal)"},
        {"Fachada do novo hospital regional de Limeira (Divulgação)", "Fachada do novo hospital regional de Limeira",
         "(Divulgação)"},
        {"O cantor durante show em Recife no sábado (Reprodução/Instagram)",
         "O cantor durante show em Recife no sábado", "(Reprodução/Instagram)"},
        {"Obras na ponte da avenida Brasil (Divulgação/Prefeitura de Campinas)", "Obras na ponte da avenida Brasil",
         "(Divulgação/Prefeitura de Campinas)"},
        {"El alcalde en la inauguración del mercado en 2015 (Archivo)",
         "El alcalde en la inauguración del mercado en 2015", "(Archivo)"},
        {"La nueva sede del museo en el centro histórico (Cortesía)", "La nueva sede del museo en el centro histórico",
         "(Cortesía)"},
        {"Doña Carmen con sus nietos en la boda de 1998 (Archivo familiar)",
         "Doña Carmen con sus nietos en la boda de 1998", "(Archivo familiar)"},
        {"Der Bürgermeister bei der Eröffnung der Halle 2012 (Archiv)",
         "Der Bürgermeister bei der Eröffnung der Halle 2012", "(Archiv)"},
    };
    test::check_caption_splits(rows);
}

TEST_CASE("a source word alone is no credit when its parenthesis says more", "[media][credit][media46]") {
    CHECK(unlabelled_source_credit("Arquivo pessoal"));
    CHECK(unlabelled_source_credit("Reprodução/TV Globo"));
    CHECK(unlabelled_source_credit("Cortesía"));
    // A small word that says no one's archive, a capitalised second word, a figure, a second slash, a small outlet.
    CHECK_FALSE(unlabelled_source_credit("Arquivo morto"));
    CHECK_FALSE(unlabelled_source_credit("Archivo Nacional"));
    CHECK_FALSE(unlabelled_source_credit("Divulgação 2026"));
    CHECK_FALSE(unlabelled_source_credit("Reprodução/Instagram/TV"));
    CHECK_FALSE(unlabelled_source_credit("Reprodução/instagram"));
    CHECK_FALSE(unlabelled_source_credit("arquivo pessoal"));
    CHECK_FALSE(unlabelled_source_credit("Arquivo pessoal da família"));
    // No source word at all.
    CHECK_FALSE(unlabelled_source_credit("Fotos"));
    CHECK_FALSE(unlabelled_source_credit("ver vídeo"));
    // (Lines that split_trailing_credit() leaves whole.)
    for (const char* line : {"O documento foi guardado no (Arquivo Nacional)", "A prefeitura abriu o edital (ver anexo)",
                             "Der Plan liegt im Rathaus aus (Archiv der Stadt)"}) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)).has_value());
    }
}

TEST_CASE("Folha's archive credit carries the day the picture was taken", "[media][credit][media46]") {
    const test::CaptionSplitRow rows[] = {
        {"Passageiros aguardam no terminal rodoviário do Tietê - Ana Lima - 12.nov.2026/Folhapress",
         "Passageiros aguardam no terminal rodoviário do Tietê", "Ana Lima - 12.nov.2026/Folhapress"},
        {"Movimento na praia de Copacabana no feriado - Pedro Castro Neves - 3.fev.2025/Folhapress",
         "Movimento na praia de Copacabana no feriado", "Pedro Castro Neves - 3.fev.2025/Folhapress"},
    };
    test::check_caption_splits(rows);
    CHECK(person_slash_outlet("Ana Lima - 12.nov.2026/Folhapress"));
    CHECK(person_slash_outlet("Ana Lima/Folhapress"));
    // The day's shape: one or two figures, three small letters, four figures; a dash before it.
    CHECK_FALSE(person_slash_outlet("Ana Lima 12.nov.2026/Folhapress"));
    CHECK_FALSE(person_slash_outlet("Ana Lima - 12.11.2026/Folhapress"));
    CHECK_FALSE(person_slash_outlet("Ana Lima - 12.novembro.2026/Folhapress"));
    CHECK_FALSE(person_slash_outlet("Ana Lima - 123.nov.2026/Folhapress"));
    CHECK_FALSE(person_slash_outlet("12.nov.2026/Folhapress"));
    CHECK_FALSE(split_trailing_credit(std::string_view("Passageiros aguardam no terminal - 12.nov.2026/Folhapress")));
}
