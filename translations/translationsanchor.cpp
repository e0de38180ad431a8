// headroom_translations holds only resources (the .qm files); a static library needs one source.
namespace headroom {
int translationsAnchor()
{
    return 0;
}
} // namespace headroom
