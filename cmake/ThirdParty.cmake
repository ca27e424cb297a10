# Header-only libraries from Debian. A wasm build must never see /usr/include
# (it would pull in glibc headers), so both builds include them through a
# build-tree directory that holds symlinks to exactly these libraries.
set(PW_THIRD_PARTY_INCLUDE "${CMAKE_BINARY_DIR}/third_party_include")
file(MAKE_DIRECTORY "${PW_THIRD_PARTY_INCLUDE}")
foreach(lib nlohmann doctest)
  if(NOT EXISTS "/usr/include/${lib}")
    message(FATAL_ERROR "/usr/include/${lib} is missing: run tools/deps.sh")
  endif()
  file(CREATE_LINK "/usr/include/${lib}" "${PW_THIRD_PARTY_INCLUDE}/${lib}" SYMBOLIC)
endforeach()

add_library(pw_json INTERFACE)
target_include_directories(pw_json SYSTEM INTERFACE "${PW_THIRD_PARTY_INCLUDE}")
add_library(pw_doctest INTERFACE)
target_include_directories(pw_doctest SYSTEM INTERFACE "${PW_THIRD_PARTY_INCLUDE}")

# nlohmann never throws in this project (the wasm app is built without
# exceptions): errors come back as values. The same setting everywhere keeps
# the header's inline functions identical across targets.
target_compile_definitions(pw_json INTERFACE JSON_NOEXCEPTION)
