// An archive's credit closing a caption: the archive's word ([archive_credit_words]: "Arquivo", "Archivio",
// "Archives", "Archiv", "Archivo") and the paper's initials, an agency or a photographer's name, with or without the
// caption's stop before it ("... em 2019 Arquivo DM", "... nel 2019. Archivio Ansa"); a label saying the picture is
// an archive's ("File photo", "Foto de archivo") after the caption's stop. The archive named as a place in a line's
// words is no credit. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <utility>

using namespace archive;

TEST_CASE("an archive's credit closes a caption", "[credits][archive]") {
    // Each line and the credit cut off its end; the caption is the line before it.
    const std::pair<const char*, const char*> rows[] = {
        // no stop before the credit
        {"Amélia Rebelo na inauguração da exposição, em 2019 Arquivo DM", "Arquivo DM"},
        {"Il sindaco sul molo del porto nel 2019 Archivio ANSA", "Archivio ANSA"},
        {"Le maire sur le quai du port en 2019 Archives AFP", "Archives AFP"},
        {"Die alte Fähre am Steg im Winter 1998 Archiv Anna Muster", "Archiv Anna Muster"},
        // after the caption's stop
        {"La alcaldesa en el pleno de marzo de 2019. Archivo EFE", "Archivo EFE"},
        {"De burgemeester op de kade van de haven in 2019. Archief.", "Archief."},
        {"The old ferry at the north pier in 2009. File photo", "File photo"},
        {"El antiguo transbordador en el muelle norte en 2009. Foto de archivo", "Foto de archivo"},
    };
    for (const auto& [line, credit] : rows) {
        CAPTURE(line);
        const auto split = split_trailing_credit(std::string_view(line));
        REQUIRE(split);
        CHECK(split->second == credit);
        const std::string_view whole(line);
        CHECK(split->first == whole.substr(0, whole.size() - split->second.size() - 1));
    }
}

TEST_CASE("an archive the line names as a place credits no picture", "[credits][archive]") {
    for (const char* line : {
             // after a small word of the language: the archive is the sentence's place
             "Documentos raros expostos no Arquivo DM",
             "Die Briefe liegen heute im Archiv ANP",
             // the archive's own name, no credit's words after it
             "Câmara de Coimbra reabre Arquivo Municipal",
             "La mostra del comune in Archivio Storico",
             // an archive's word alone closes a caption only after its stop
             "Il sindaco sul molo del porto nel 2019 Archivio",
         }) {
        CAPTURE(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)));
    }
}

TEST_CASE("a caption closed by an archive's credit on a page", "[credits][archive][pages]") {
    // The caption between the byline and the text, closed by the archive's credit with no stop before it.
    const std::string page = "Cultura\n"
                             "Morreu o oleiro que deu nome à rua da Calçada\n"
                             "Tinha 88 anos e trabalhou o barro durante mais de sessenta anos na mesma oficina.\n"
                             "Por Rita Sousa\n"
                             "O oleiro na sua oficina da Calçada, em 2017 Arquivo JN\n"
                             "O oleiro Artur Mendes morreu esta terça-feira em Barcelos, aos 88 anos, anunciou a família.\n"
                             "Começou a trabalhar o barro aos doze anos, na oficina do pai, e nunca deixou a rua onde nasceu.\n"
                             "Em 1990 recebeu a medalha de mérito cultural da cidade pela obra de toda uma vida.\n"
                             "O funeral realiza-se na quinta-feira, na igreja matriz, às onze horas da manhã.\n";
    const Article a = classify(segment(page), "pt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption.value_or("") == "O oleiro na sua oficina da Calçada, em 2017");
    CHECK(a.media[0].credit.value_or("") == "Arquivo JN");
}
