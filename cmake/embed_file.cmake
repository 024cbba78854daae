# Writes OUT: a C++ file defining `std::string_view archive::NAME()` that returns the content of IN.
file(READ ${IN} content)
file(WRITE ${OUT}.tmp "// Generated from ${IN} by cmake/embed_file.cmake. Do not edit.\n#include <string_view>\nnamespace archive::embedded {\nstd::string_view ${NAME}() {\n    return R\"embedded(${content})embedded\";\n}\n}\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
