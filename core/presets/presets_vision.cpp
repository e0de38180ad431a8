// Vision presets, layer for layer as torchvision 0.14 builds them (weights=None), and U-Net as
// milesial/Pytorch-UNet builds it (bilinear=False).
#include "core/presets/presets.h"

namespace headroom::presets {

using namespace build;

namespace {

QString n(const char *s)
{
    return QString::fromLatin1(s);
}
QString n(const QString &prefix, const char *s)
{
    return prefix + QLatin1Char('.') + QLatin1String(s);
}

Architecture imageModel(QString id, QString name, QString source, qint64 published, std::vector<Node> body)
{
    Architecture a;
    a.id = std::move(id);
    a.name = std::move(name);
    a.family = QStringLiteral("vision");
    a.source = std::move(source);
    a.publishedParameters = published;
    a.input = InputSpec{InputSpec::Type::Image, 3, 224, 0, 0};
    a.root = sequence(QStringLiteral("model"), std::move(body));
    return a;
}

// torchvision BasicBlock / Bottleneck, each a checkpoint unit: residual then in-place ReLU.
Node resnetBlock(const QString &name, bool bottleneck, int planes, int stride, bool downsample, int repeat)
{
    std::vector<Node> main;
    const int out = bottleneck ? planes * 4 : planes;
    if (bottleneck) {
        main = {conv(n(name, "conv1"), planes, 1, 1, 0, false),
                batchNorm(n(name, "bn1")),
                relu(n(name, "relu1"), true),
                conv(n(name, "conv2"), planes, 3, stride, 1, false),
                batchNorm(n(name, "bn2")),
                relu(n(name, "relu2"), true),
                conv(n(name, "conv3"), out, 1, 1, 0, false),
                batchNorm(n(name, "bn3"))};
    } else {
        main = {conv(n(name, "conv1"), planes, 3, stride, 1, false), batchNorm(n(name, "bn1")),
                relu(n(name, "relu1"), true), conv(n(name, "conv2"), planes, 3, 1, 1, false),
                batchNorm(n(name, "bn2"))};
    }
    std::vector<Node> shortcut;
    if (downsample)
        shortcut = {conv(n(name, "downsample.0"), out, 1, stride, 0, false),
                    batchNorm(n(name, "downsample.1"))};
    return sequence(
        name, {residual(n(name, "add"), std::move(main), std::move(shortcut)), relu(n(name, "relu"), true)},
        repeat, true);
}

} // namespace

Architecture resnet(int depth)
{
    struct Cfg
    {
        int depth;
        bool bottleneck;
        int blocks[4];
        qint64 published;
    };
    static const Cfg cfgs[] = {{18, false, {2, 2, 2, 2}, 11'689'512},
                               {34, false, {3, 4, 6, 3}, 21'797'672},
                               {50, true, {3, 4, 6, 3}, 25'557'032},
                               {101, true, {3, 4, 23, 3}, 44'549'160},
                               {152, true, {3, 8, 36, 3}, 60'192'808}};
    const Cfg *cfg = &cfgs[0];
    for (const Cfg &c : cfgs)
        if (c.depth == depth)
            cfg = &c;
    std::vector<Node> body = {conv(n("conv1"), 64, 7, 2, 3, false), batchNorm(n("bn1")),
                              relu(n("relu"), true), maxPool(n("maxpool"), 3, 2, 1)};
    int inplanes = 64;
    for (int stage = 0; stage < 4; ++stage) {
        const int planes = 64 << stage;
        const int stride = stage == 0 ? 1 : 2;
        const int out = cfg->bottleneck ? planes * 4 : planes;
        const QString layer = QStringLiteral("layer%1").arg(stage + 1);
        std::vector<Node> blocks = {resnetBlock(layer + QStringLiteral(".0"), cfg->bottleneck, planes, stride,
                                                stride != 1 || inplanes != out, 1)};
        if (cfg->blocks[stage] > 1)
            blocks.push_back(resnetBlock(layer + QStringLiteral(".1+"), cfg->bottleneck, planes, 1, false,
                                         cfg->blocks[stage] - 1));
        body.push_back(sequence(layer, std::move(blocks)));
        inplanes = out;
    }
    body.push_back(adaptiveAvgPool(n("avgpool")));
    body.push_back(flatten(n("flatten")));
    body.push_back(linear(n("fc"), 1000));
    return imageModel(QStringLiteral("resnet%1").arg(depth), QStringLiteral("ResNet-%1").arg(depth),
                      QStringLiteral("He et al. 2015; torchvision.models.resnet%1").arg(depth),
                      cfg->published, std::move(body));
}

Architecture vgg(int depth)
{
    const int convsPerStage19[] = {2, 2, 4, 4, 4};
    const int convsPerStage16[] = {2, 2, 3, 3, 3};
    const int *convs = depth == 19 ? convsPerStage19 : convsPerStage16;
    std::vector<Node> features;
    int index = 0;
    for (int stage = 0; stage < 5; ++stage) {
        const int channels = std::min(64 << stage, 512);
        for (int i = 0; i < convs[stage]; ++i) {
            features.push_back(conv(QStringLiteral("features.%1").arg(index), channels, 3, 1, 1));
            features.push_back(relu(QStringLiteral("features.%1").arg(index + 1), true));
            index += 2;
        }
        features.push_back(maxPool(QStringLiteral("features.%1").arg(index++), 2, 2));
    }
    std::vector<Node> body = {
        sequence(n("features"), std::move(features)), adaptiveAvgPool(n("avgpool"), 7, 7),
        flatten(n("flatten")),
        sequence(n("classifier"), {linear(n("classifier.0"), 4096), relu(n("classifier.1"), true),
                                   dropout(n("classifier.2"), 0.5), linear(n("classifier.3"), 4096),
                                   relu(n("classifier.4"), true), dropout(n("classifier.5"), 0.5),
                                   linear(n("classifier.6"), 1000)})};
    return imageModel(QStringLiteral("vgg%1").arg(depth), QStringLiteral("VGG-%1").arg(depth),
                      QStringLiteral("Simonyan & Zisserman 2014; torchvision.models.vgg%1").arg(depth),
                      depth == 19 ? 143'667'240 : 138'357'544, std::move(body));
}

Architecture alexnet()
{
    std::vector<Node> body = {
        sequence(n("features"), {conv(n("features.0"), 64, 11, 4, 2), relu(n("features.1"), true),
                                 maxPool(n("features.2"), 3, 2), conv(n("features.3"), 192, 5, 1, 2),
                                 relu(n("features.4"), true), maxPool(n("features.5"), 3, 2),
                                 conv(n("features.6"), 384, 3, 1, 1), relu(n("features.7"), true),
                                 conv(n("features.8"), 256, 3, 1, 1), relu(n("features.9"), true),
                                 conv(n("features.10"), 256, 3, 1, 1), relu(n("features.11"), true),
                                 maxPool(n("features.12"), 3, 2)}),
        adaptiveAvgPool(n("avgpool"), 6, 6), flatten(n("flatten")),
        sequence(n("classifier"), {dropout(n("classifier.0"), 0.5), linear(n("classifier.1"), 4096),
                                   relu(n("classifier.2"), true), dropout(n("classifier.3"), 0.5),
                                   linear(n("classifier.4"), 4096), relu(n("classifier.5"), true),
                                   linear(n("classifier.6"), 1000)})};
    return imageModel(QStringLiteral("alexnet"), QStringLiteral("AlexNet"),
                      QStringLiteral("Krizhevsky et al. 2012 (one-GPU variant); torchvision.models.alexnet"),
                      61'100'840, std::move(body));
}

Architecture mobilenetV2()
{
    std::vector<Node> body = {
        sequence(n("features.0"), {conv(n("features.0.0"), 32, 3, 2, 1, false), batchNorm(n("features.0.1")),
                                   relu6(n("features.0.2"), true)})};
    struct Setting
    {
        int t, c, n, s;
    };
    const Setting settings[] = {{1, 16, 1, 1}, {6, 24, 2, 2},  {6, 32, 3, 2}, {6, 64, 4, 2},
                                {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
    int in = 32;
    int index = 1;
    for (const Setting &st : settings) {
        for (int i = 0; i < st.n; ++i) {
            const int stride = i == 0 ? st.s : 1;
            const int hidden = in * st.t;
            const QString name = QStringLiteral("features.%1").arg(index++);
            std::vector<Node> layers;
            if (st.t != 1)
                layers = {conv(n(name, "expand"), hidden, 1, 1, 0, false), batchNorm(n(name, "expand_bn")),
                          relu6(n(name, "expand_relu"), true)};
            layers.push_back(conv(n(name, "depthwise"), hidden, 3, stride, 1, false, hidden));
            layers.push_back(batchNorm(n(name, "depthwise_bn")));
            layers.push_back(relu6(n(name, "depthwise_relu"), true));
            layers.push_back(conv(n(name, "project"), st.c, 1, 1, 0, false));
            layers.push_back(batchNorm(n(name, "project_bn")));
            if (stride == 1 && in == st.c)
                body.push_back(sequence(name, {residual(n(name, "add"), std::move(layers))}, 1, true));
            else
                body.push_back(sequence(name, std::move(layers), 1, true));
            in = st.c;
        }
    }
    body.push_back(
        sequence(n("features.18"), {conv(n("features.18.0"), 1280, 1, 1, 0, false),
                                    batchNorm(n("features.18.1")), relu6(n("features.18.2"), true)}));
    body.push_back(adaptiveAvgPool(n("pool")));
    body.push_back(flatten(n("flatten")));
    body.push_back(dropout(n("classifier.0"), 0.2));
    body.push_back(linear(n("classifier.1"), 1000));
    return imageModel(QStringLiteral("mobilenet_v2"), QStringLiteral("MobileNetV2"),
                      QStringLiteral("Sandler et al. 2018; torchvision.models.mobilenet_v2"), 3'504'872,
                      std::move(body));
}

Architecture efficientNetB0()
{
    std::vector<Node> body = {
        sequence(n("features.0"), {conv(n("features.0.0"), 32, 3, 2, 1, false), batchNorm(n("features.0.1")),
                                   silu(n("features.0.2"), true)})};
    struct Setting
    {
        int expand, kernel, stride, in, out, layers;
    };
    const Setting settings[] = {{1, 3, 1, 32, 16, 1},  {6, 3, 2, 16, 24, 2},  {6, 5, 2, 24, 40, 2},
                                {6, 3, 2, 40, 80, 3},  {6, 5, 1, 80, 112, 3}, {6, 5, 2, 112, 192, 4},
                                {6, 3, 1, 192, 320, 1}};
    int stage = 1;
    for (const Setting &st : settings) {
        for (int i = 0; i < st.layers; ++i) {
            const int in = i == 0 ? st.in : st.out;
            const int stride = i == 0 ? st.stride : 1;
            const int expanded = in * st.expand;
            const int squeeze = std::max(1, in / 4);
            const QString name = QStringLiteral("features.%1.%2").arg(stage).arg(i);
            std::vector<Node> layers;
            if (expanded != in)
                layers = {conv(n(name, "expand"), expanded, 1, 1, 0, false), batchNorm(n(name, "expand_bn")),
                          silu(n(name, "expand_silu"), true)};
            layers.push_back(conv(n(name, "depthwise"), expanded, st.kernel, stride, (st.kernel - 1) / 2,
                                  false, expanded));
            layers.push_back(batchNorm(n(name, "depthwise_bn")));
            layers.push_back(silu(n(name, "depthwise_silu"), true));
            layers.push_back(
                scale(n(name, "se"), {adaptiveAvgPool(n(name, "se.avgpool")),
                                      conv(n(name, "se.fc1"), squeeze, 1), silu(n(name, "se.silu"), true),
                                      conv(n(name, "se.fc2"), expanded, 1), sigmoid(n(name, "se.sigmoid"))}));
            layers.push_back(conv(n(name, "project"), st.out, 1, 1, 0, false));
            layers.push_back(batchNorm(n(name, "project_bn")));
            if (stride == 1 && in == st.out)
                body.push_back(sequence(name, {residual(n(name, "add"), std::move(layers))}, 1, true));
            else
                body.push_back(sequence(name, std::move(layers), 1, true));
        }
        ++stage;
    }
    body.push_back(sequence(n("features.8"), {conv(n("features.8.0"), 1280, 1, 1, 0, false),
                                              batchNorm(n("features.8.1")), silu(n("features.8.2"), true)}));
    body.push_back(adaptiveAvgPool(n("avgpool")));
    body.push_back(flatten(n("flatten")));
    body.push_back(dropout(n("classifier.0"), 0.2));
    body.push_back(linear(n("classifier.1"), 1000));
    return imageModel(QStringLiteral("efficientnet_b0"), QStringLiteral("EfficientNet-B0"),
                      QStringLiteral("Tan & Le 2019; torchvision.models.efficientnet_b0"), 5'288'548,
                      std::move(body));
}

Architecture densenet121()
{
    const int growth = 32, bnSize = 4;
    const int blocks[] = {6, 12, 24, 16};
    std::vector<Node> body = {conv(n("features.conv0"), 64, 7, 2, 3, false), batchNorm(n("features.norm0")),
                              relu(n("features.relu0"), true), maxPool(n("features.pool0"), 3, 2, 1)};
    int channels = 64;
    for (int b = 0; b < 4; ++b) {
        const QString block = QStringLiteral("features.denseblock%1").arg(b + 1);
        std::vector<Node> layers;
        for (int l = 0; l < blocks[b]; ++l) {
            const QString name = QStringLiteral("%1.denselayer%2").arg(block).arg(l + 1);
            // torch.cat of all earlier features feeds norm1, which saves it.
            layers.push_back(sequence(
                name,
                {denseConcat(n(name, "concat"), {batchNorm(n(name, "norm1")), relu(n(name, "relu1"), true),
                                                 conv(n(name, "conv1"), bnSize * growth, 1, 1, 0, false),
                                                 batchNorm(n(name, "norm2")), relu(n(name, "relu2"), true),
                                                 conv(n(name, "conv2"), growth, 3, 1, 1, false)})},
                1, true));
            channels += growth;
        }
        body.push_back(sequence(block, std::move(layers)));
        if (b < 3) {
            const QString t = QStringLiteral("features.transition%1").arg(b + 1);
            channels /= 2;
            body.push_back(
                sequence(t, {batchNorm(n(t, "norm")), relu(n(t, "relu"), true),
                             conv(n(t, "conv"), channels, 1, 1, 0, false), avgPool(n(t, "pool"), 2, 2)}));
        }
    }
    body.push_back(batchNorm(n("features.norm5")));
    body.push_back(relu(n("relu"), true));
    body.push_back(adaptiveAvgPool(n("avgpool")));
    body.push_back(flatten(n("flatten")));
    body.push_back(linear(n("classifier"), 1000));
    return imageModel(QStringLiteral("densenet121"), QStringLiteral("DenseNet-121"),
                      QStringLiteral("Huang et al. 2017; torchvision.models.densenet121"), 7'978'856,
                      std::move(body));
}

Architecture vit(bool large)
{
    const int hidden = large ? 1024 : 768, layers = large ? 24 : 12, heads = large ? 16 : 12;
    const int mlpDim = large ? 4096 : 3072;
    AttentionOptions attn;
    attn.heads = heads;
    attn.causal = false;
    attn.qkvBias = true;
    attn.outBias = true;
    attn.fusedQkv = true; // nn.MultiheadAttention's packed in_proj
    const Node block =
        sequence(n("encoder.layers"),
                 {residual(n("attention"), {layerNorm(n("ln_1")), attention(n("self_attention"), attn)}),
                  residual(n("mlp"), {layerNorm(n("ln_2")),
                                      mlp(n("mlp.block"), mlpDim, MlpActivation::GELU, false, true)})},
                 layers, true);
    std::vector<Node> body = {conv(n("conv_proj"), hidden, 16, 16),
                              patchToSequence(n("flatten_patches")),
                              classToken(n("class_token")),
                              positionEmbedding(n("encoder.pos_embedding"), 197, false),
                              block,
                              layerNorm(n("encoder.ln")),
                              selectToken(n("class_token_out")),
                              linear(n("heads.head"), 1000)};
    return imageModel(large ? QStringLiteral("vit_l_16") : QStringLiteral("vit_b_16"),
                      large ? QStringLiteral("ViT-L/16") : QStringLiteral("ViT-B/16"),
                      QStringLiteral("Dosovitskiy et al. 2020; torchvision.models.%1")
                          .arg(large ? QStringLiteral("vit_l_16") : QStringLiteral("vit_b_16")),
                      large ? 304'326'632 : 86'567'656, std::move(body));
}

Architecture unet()
{
    auto doubleConv = [](const QString &name, int channels) {
        return sequence(name, {conv(n(name, "conv1"), channels, 3, 1, 1, false), batchNorm(n(name, "bn1")),
                               relu(n(name, "relu1"), true), conv(n(name, "conv2"), channels, 3, 1, 1, false),
                               batchNorm(n(name, "bn2")), relu(n(name, "relu2"), true)});
    };
    // Built inside out: level(d) = DoubleConv → concat(skip, up(level(d+1))) → DoubleConv.
    Node inner = sequence(n("down4"), {maxPool(n("down4.pool"), 2), doubleConv(n("down4.conv"), 1024)});
    for (int level = 3; level >= 0; --level) {
        const int channels = 64 << level;
        const QString up = QStringLiteral("up%1").arg(4 - level);
        std::vector<Node> branch = {inner, convTranspose(n(up, "up"), channels, 2, 2)};
        std::vector<Node> seq;
        if (level > 0) {
            const QString down = QStringLiteral("down%1").arg(level);
            seq = {maxPool(n(down, "pool"), 2), doubleConv(n(down, "conv"), channels)};
        } else {
            seq = {doubleConv(n("inc"), channels)};
        }
        seq.push_back(denseConcat(n(up, "concat"), std::move(branch)));
        seq.push_back(doubleConv(n(up, "conv"), channels));
        inner = sequence(QStringLiteral("level%1").arg(level), std::move(seq));
    }
    Architecture a =
        imageModel(QStringLiteral("unet"), QStringLiteral("U-Net"),
                   QStringLiteral("Ronneberger et al. 2015 with padded convolutions and batch norm, "
                                  "as milesial/Pytorch-UNet (3 channels in, 2 classes)"),
                   31'037'698, {inner, conv(n("outc"), 2, 1)});
    a.input.imageSize = 256;
    return a;
}

} // namespace headroom::presets
