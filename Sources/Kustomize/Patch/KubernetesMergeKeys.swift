// Merge keys and patch strategies of the Kubernetes built-in kinds, as kustomize v5.7.1 sees
// them: extracted from the OpenAPI document compiled into kyaml v0.20.1
// (kyaml/openapi/kubernetesapi/v1_21_2), keeping only the types on a path to a field that
// carries `x-kubernetes-patch-strategy`. Other fields behave as if they had no schema.
//
// Format, one entry a line:
//   @<apiVersion> <kind> <type>        a root type for a resource kind
//   =<type>                            starts a type's fields
//   <field> <[]?type|-> [<strategy> <key,key|->]
// `[]` marks a list whose elements have the named type (`-`: no type of interest); the merge
// keys are `x-kubernetes-list-map-keys` when present, else `x-kubernetes-patch-merge-key`,
// exactly the precedence kyaml's `PatchStrategyAndKeyList` uses.
extension MergeKeySchema {
    static let kubernetesTable = """
        @admissionregistration.k8s.io/v1 MutatingWebhookConfiguration admissionregistration.v1.MutatingWebhookConfiguration
        @admissionregistration.k8s.io/v1 MutatingWebhookConfigurationList admissionregistration.v1.MutatingWebhookConfigurationList
        @admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration admissionregistration.v1.ValidatingWebhookConfiguration
        @admissionregistration.k8s.io/v1 ValidatingWebhookConfigurationList admissionregistration.v1.ValidatingWebhookConfigurationList
        @admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration admissionregistration.v1beta1.MutatingWebhookConfiguration
        @admissionregistration.k8s.io/v1beta1 MutatingWebhookConfigurationList admissionregistration.v1beta1.MutatingWebhookConfigurationList
        @admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration admissionregistration.v1beta1.ValidatingWebhookConfiguration
        @admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfigurationList admissionregistration.v1beta1.ValidatingWebhookConfigurationList
        @apiextensions.k8s.io/v1 CustomResourceDefinition apiextensions.v1.CustomResourceDefinition
        @apiextensions.k8s.io/v1 CustomResourceDefinitionList apiextensions.v1.CustomResourceDefinitionList
        @apiextensions.k8s.io/v1beta1 CustomResourceDefinition apiextensions.v1beta1.CustomResourceDefinition
        @apiextensions.k8s.io/v1beta1 CustomResourceDefinitionList apiextensions.v1beta1.CustomResourceDefinitionList
        @apiregistration.k8s.io/v1 APIService apiregistration.v1.APIService
        @apiregistration.k8s.io/v1 APIServiceList apiregistration.v1.APIServiceList
        @apiregistration.k8s.io/v1beta1 APIService apiregistration.v1beta1.APIService
        @apiregistration.k8s.io/v1beta1 APIServiceList apiregistration.v1beta1.APIServiceList
        @apps/v1 ControllerRevision apps.v1.ControllerRevision
        @apps/v1 ControllerRevisionList apps.v1.ControllerRevisionList
        @apps/v1 DaemonSet apps.v1.DaemonSet
        @apps/v1 DaemonSetList apps.v1.DaemonSetList
        @apps/v1 Deployment apps.v1.Deployment
        @apps/v1 DeploymentList apps.v1.DeploymentList
        @apps/v1 ReplicaSet apps.v1.ReplicaSet
        @apps/v1 ReplicaSetList apps.v1.ReplicaSetList
        @apps/v1 StatefulSet apps.v1.StatefulSet
        @apps/v1 StatefulSetList apps.v1.StatefulSetList
        @authentication.k8s.io/v1 TokenRequest authentication.v1.TokenRequest
        @authentication.k8s.io/v1 TokenReview authentication.v1.TokenReview
        @authentication.k8s.io/v1beta1 TokenReview authentication.v1beta1.TokenReview
        @authorization.k8s.io/v1 LocalSubjectAccessReview authorization.v1.LocalSubjectAccessReview
        @authorization.k8s.io/v1 SelfSubjectAccessReview authorization.v1.SelfSubjectAccessReview
        @authorization.k8s.io/v1 SelfSubjectRulesReview authorization.v1.SelfSubjectRulesReview
        @authorization.k8s.io/v1 SubjectAccessReview authorization.v1.SubjectAccessReview
        @authorization.k8s.io/v1beta1 LocalSubjectAccessReview authorization.v1beta1.LocalSubjectAccessReview
        @authorization.k8s.io/v1beta1 SelfSubjectAccessReview authorization.v1beta1.SelfSubjectAccessReview
        @authorization.k8s.io/v1beta1 SelfSubjectRulesReview authorization.v1beta1.SelfSubjectRulesReview
        @authorization.k8s.io/v1beta1 SubjectAccessReview authorization.v1beta1.SubjectAccessReview
        @autoscaling/v1 HorizontalPodAutoscaler autoscaling.v1.HorizontalPodAutoscaler
        @autoscaling/v1 HorizontalPodAutoscalerList autoscaling.v1.HorizontalPodAutoscalerList
        @autoscaling/v1 Scale autoscaling.v1.Scale
        @autoscaling/v2beta1 HorizontalPodAutoscaler autoscaling.v2beta1.HorizontalPodAutoscaler
        @autoscaling/v2beta1 HorizontalPodAutoscalerList autoscaling.v2beta1.HorizontalPodAutoscalerList
        @autoscaling/v2beta2 HorizontalPodAutoscaler autoscaling.v2beta2.HorizontalPodAutoscaler
        @autoscaling/v2beta2 HorizontalPodAutoscalerList autoscaling.v2beta2.HorizontalPodAutoscalerList
        @batch/v1 CronJob batch.v1.CronJob
        @batch/v1 CronJobList batch.v1.CronJobList
        @batch/v1 Job batch.v1.Job
        @batch/v1 JobList batch.v1.JobList
        @batch/v1beta1 CronJob batch.v1beta1.CronJob
        @batch/v1beta1 CronJobList batch.v1beta1.CronJobList
        @certificates.k8s.io/v1 CertificateSigningRequest certificates.v1.CertificateSigningRequest
        @certificates.k8s.io/v1 CertificateSigningRequestList certificates.v1.CertificateSigningRequestList
        @certificates.k8s.io/v1beta1 CertificateSigningRequest certificates.v1beta1.CertificateSigningRequest
        @certificates.k8s.io/v1beta1 CertificateSigningRequestList certificates.v1beta1.CertificateSigningRequestList
        @coordination.k8s.io/v1 Lease coordination.v1.Lease
        @coordination.k8s.io/v1 LeaseList coordination.v1.LeaseList
        @coordination.k8s.io/v1beta1 Lease coordination.v1beta1.Lease
        @coordination.k8s.io/v1beta1 LeaseList coordination.v1beta1.LeaseList
        @discovery.k8s.io/v1 EndpointSlice discovery.v1.EndpointSlice
        @discovery.k8s.io/v1 EndpointSliceList discovery.v1.EndpointSliceList
        @discovery.k8s.io/v1beta1 EndpointSlice discovery.v1beta1.EndpointSlice
        @discovery.k8s.io/v1beta1 EndpointSliceList discovery.v1beta1.EndpointSliceList
        @events.k8s.io/v1 Event events.v1.Event
        @events.k8s.io/v1 EventList events.v1.EventList
        @events.k8s.io/v1beta1 Event events.v1beta1.Event
        @events.k8s.io/v1beta1 EventList events.v1beta1.EventList
        @extensions/v1beta1 Ingress extensions.v1beta1.Ingress
        @extensions/v1beta1 IngressList extensions.v1beta1.IngressList
        @flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema flowcontrol.v1beta1.FlowSchema
        @flowcontrol.apiserver.k8s.io/v1beta1 FlowSchemaList flowcontrol.v1beta1.FlowSchemaList
        @flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration flowcontrol.v1beta1.PriorityLevelConfiguration
        @flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfigurationList flowcontrol.v1beta1.PriorityLevelConfigurationList
        @networking.k8s.io/v1 Ingress networking.v1.Ingress
        @networking.k8s.io/v1 IngressClass networking.v1.IngressClass
        @networking.k8s.io/v1 IngressClassList networking.v1.IngressClassList
        @networking.k8s.io/v1 IngressList networking.v1.IngressList
        @networking.k8s.io/v1 NetworkPolicy networking.v1.NetworkPolicy
        @networking.k8s.io/v1 NetworkPolicyList networking.v1.NetworkPolicyList
        @networking.k8s.io/v1beta1 Ingress networking.v1beta1.Ingress
        @networking.k8s.io/v1beta1 IngressClass networking.v1beta1.IngressClass
        @networking.k8s.io/v1beta1 IngressClassList networking.v1beta1.IngressClassList
        @networking.k8s.io/v1beta1 IngressList networking.v1beta1.IngressList
        @node.k8s.io/v1 RuntimeClass node.v1.RuntimeClass
        @node.k8s.io/v1 RuntimeClassList node.v1.RuntimeClassList
        @node.k8s.io/v1beta1 RuntimeClass node.v1beta1.RuntimeClass
        @node.k8s.io/v1beta1 RuntimeClassList node.v1beta1.RuntimeClassList
        @policy/v1 PodDisruptionBudget policy.v1.PodDisruptionBudget
        @policy/v1 PodDisruptionBudgetList policy.v1.PodDisruptionBudgetList
        @policy/v1beta1 Eviction policy.v1beta1.Eviction
        @policy/v1beta1 PodDisruptionBudget policy.v1beta1.PodDisruptionBudget
        @policy/v1beta1 PodDisruptionBudgetList policy.v1beta1.PodDisruptionBudgetList
        @policy/v1beta1 PodSecurityPolicy policy.v1beta1.PodSecurityPolicy
        @policy/v1beta1 PodSecurityPolicyList policy.v1beta1.PodSecurityPolicyList
        @rbac.authorization.k8s.io/v1 ClusterRole rbac.v1.ClusterRole
        @rbac.authorization.k8s.io/v1 ClusterRoleBinding rbac.v1.ClusterRoleBinding
        @rbac.authorization.k8s.io/v1 ClusterRoleBindingList rbac.v1.ClusterRoleBindingList
        @rbac.authorization.k8s.io/v1 ClusterRoleList rbac.v1.ClusterRoleList
        @rbac.authorization.k8s.io/v1 Role rbac.v1.Role
        @rbac.authorization.k8s.io/v1 RoleBinding rbac.v1.RoleBinding
        @rbac.authorization.k8s.io/v1 RoleBindingList rbac.v1.RoleBindingList
        @rbac.authorization.k8s.io/v1 RoleList rbac.v1.RoleList
        @rbac.authorization.k8s.io/v1beta1 ClusterRole rbac.v1beta1.ClusterRole
        @rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding rbac.v1beta1.ClusterRoleBinding
        @rbac.authorization.k8s.io/v1beta1 ClusterRoleBindingList rbac.v1beta1.ClusterRoleBindingList
        @rbac.authorization.k8s.io/v1beta1 ClusterRoleList rbac.v1beta1.ClusterRoleList
        @rbac.authorization.k8s.io/v1beta1 Role rbac.v1beta1.Role
        @rbac.authorization.k8s.io/v1beta1 RoleBinding rbac.v1beta1.RoleBinding
        @rbac.authorization.k8s.io/v1beta1 RoleBindingList rbac.v1beta1.RoleBindingList
        @rbac.authorization.k8s.io/v1beta1 RoleList rbac.v1beta1.RoleList
        @scheduling.k8s.io/v1 PriorityClass scheduling.v1.PriorityClass
        @scheduling.k8s.io/v1 PriorityClassList scheduling.v1.PriorityClassList
        @scheduling.k8s.io/v1beta1 PriorityClass scheduling.v1beta1.PriorityClass
        @scheduling.k8s.io/v1beta1 PriorityClassList scheduling.v1beta1.PriorityClassList
        @storage.k8s.io/v1 CSIDriver storage.v1.CSIDriver
        @storage.k8s.io/v1 CSIDriverList storage.v1.CSIDriverList
        @storage.k8s.io/v1 CSINode storage.v1.CSINode
        @storage.k8s.io/v1 CSINodeList storage.v1.CSINodeList
        @storage.k8s.io/v1 StorageClass storage.v1.StorageClass
        @storage.k8s.io/v1 StorageClassList storage.v1.StorageClassList
        @storage.k8s.io/v1 VolumeAttachment storage.v1.VolumeAttachment
        @storage.k8s.io/v1 VolumeAttachmentList storage.v1.VolumeAttachmentList
        @storage.k8s.io/v1beta1 CSIDriver storage.v1beta1.CSIDriver
        @storage.k8s.io/v1beta1 CSIDriverList storage.v1beta1.CSIDriverList
        @storage.k8s.io/v1beta1 CSINode storage.v1beta1.CSINode
        @storage.k8s.io/v1beta1 CSINodeList storage.v1beta1.CSINodeList
        @storage.k8s.io/v1beta1 CSIStorageCapacity storage.v1beta1.CSIStorageCapacity
        @storage.k8s.io/v1beta1 CSIStorageCapacityList storage.v1beta1.CSIStorageCapacityList
        @storage.k8s.io/v1beta1 StorageClass storage.v1beta1.StorageClass
        @storage.k8s.io/v1beta1 StorageClassList storage.v1beta1.StorageClassList
        @storage.k8s.io/v1beta1 VolumeAttachment storage.v1beta1.VolumeAttachment
        @storage.k8s.io/v1beta1 VolumeAttachmentList storage.v1beta1.VolumeAttachmentList
        @v1 Binding core.v1.Binding
        @v1 ComponentStatus core.v1.ComponentStatus
        @v1 ComponentStatusList core.v1.ComponentStatusList
        @v1 ConfigMap core.v1.ConfigMap
        @v1 ConfigMapList core.v1.ConfigMapList
        @v1 Endpoints core.v1.Endpoints
        @v1 EndpointsList core.v1.EndpointsList
        @v1 Event core.v1.Event
        @v1 EventList core.v1.EventList
        @v1 LimitRange core.v1.LimitRange
        @v1 LimitRangeList core.v1.LimitRangeList
        @v1 Namespace core.v1.Namespace
        @v1 NamespaceList core.v1.NamespaceList
        @v1 Node core.v1.Node
        @v1 NodeList core.v1.NodeList
        @v1 PersistentVolume core.v1.PersistentVolume
        @v1 PersistentVolumeClaim core.v1.PersistentVolumeClaim
        @v1 PersistentVolumeClaimList core.v1.PersistentVolumeClaimList
        @v1 PersistentVolumeList core.v1.PersistentVolumeList
        @v1 Pod core.v1.Pod
        @v1 PodList core.v1.PodList
        @v1 PodTemplate core.v1.PodTemplate
        @v1 PodTemplateList core.v1.PodTemplateList
        @v1 ReplicationController core.v1.ReplicationController
        @v1 ReplicationControllerList core.v1.ReplicationControllerList
        @v1 ResourceQuota core.v1.ResourceQuota
        @v1 ResourceQuotaList core.v1.ResourceQuotaList
        @v1 Secret core.v1.Secret
        @v1 SecretList core.v1.SecretList
        @v1 Service core.v1.Service
        @v1 ServiceAccount core.v1.ServiceAccount
        @v1 ServiceAccountList core.v1.ServiceAccountList
        @v1 ServiceList core.v1.ServiceList
        =admissionregistration.v1.MutatingWebhook
        objectSelector meta.v1.LabelSelector
        namespaceSelector meta.v1.LabelSelector
        =admissionregistration.v1.MutatingWebhookConfiguration
        metadata meta.v1.ObjectMeta
        webhooks []admissionregistration.v1.MutatingWebhook merge name
        =admissionregistration.v1.MutatingWebhookConfigurationList
        items []admissionregistration.v1.MutatingWebhookConfiguration
        =admissionregistration.v1.ValidatingWebhook
        objectSelector meta.v1.LabelSelector
        namespaceSelector meta.v1.LabelSelector
        =admissionregistration.v1.ValidatingWebhookConfiguration
        metadata meta.v1.ObjectMeta
        webhooks []admissionregistration.v1.ValidatingWebhook merge name
        =admissionregistration.v1.ValidatingWebhookConfigurationList
        items []admissionregistration.v1.ValidatingWebhookConfiguration
        =admissionregistration.v1beta1.MutatingWebhook
        namespaceSelector meta.v1.LabelSelector
        objectSelector meta.v1.LabelSelector
        =admissionregistration.v1beta1.MutatingWebhookConfiguration
        metadata meta.v1.ObjectMeta
        webhooks []admissionregistration.v1beta1.MutatingWebhook merge name
        =admissionregistration.v1beta1.MutatingWebhookConfigurationList
        items []admissionregistration.v1beta1.MutatingWebhookConfiguration
        =admissionregistration.v1beta1.ValidatingWebhook
        objectSelector meta.v1.LabelSelector
        namespaceSelector meta.v1.LabelSelector
        =admissionregistration.v1beta1.ValidatingWebhookConfiguration
        metadata meta.v1.ObjectMeta
        webhooks []admissionregistration.v1beta1.ValidatingWebhook merge name
        =admissionregistration.v1beta1.ValidatingWebhookConfigurationList
        items []admissionregistration.v1beta1.ValidatingWebhookConfiguration
        =apps.v1.ControllerRevision
        metadata meta.v1.ObjectMeta
        =apps.v1.ControllerRevisionList
        items []apps.v1.ControllerRevision
        =apps.v1.DaemonSet
        metadata meta.v1.ObjectMeta
        spec apps.v1.DaemonSetSpec
        status apps.v1.DaemonSetStatus
        =apps.v1.DaemonSetList
        items []apps.v1.DaemonSet
        =apps.v1.DaemonSetSpec
        selector meta.v1.LabelSelector
        template core.v1.PodTemplateSpec
        =apps.v1.DaemonSetStatus
        conditions []- merge type
        =apps.v1.Deployment
        status apps.v1.DeploymentStatus
        metadata meta.v1.ObjectMeta
        spec apps.v1.DeploymentSpec
        =apps.v1.DeploymentList
        items []apps.v1.Deployment
        =apps.v1.DeploymentSpec
        selector meta.v1.LabelSelector
        strategy - retainKeys -
        template core.v1.PodTemplateSpec
        =apps.v1.DeploymentStatus
        conditions []- merge type
        =apps.v1.ReplicaSet
        spec apps.v1.ReplicaSetSpec
        status apps.v1.ReplicaSetStatus
        metadata meta.v1.ObjectMeta
        =apps.v1.ReplicaSetList
        items []apps.v1.ReplicaSet
        =apps.v1.ReplicaSetSpec
        selector meta.v1.LabelSelector
        template core.v1.PodTemplateSpec
        =apps.v1.ReplicaSetStatus
        conditions []- merge type
        =apps.v1.StatefulSet
        metadata meta.v1.ObjectMeta
        spec apps.v1.StatefulSetSpec
        status apps.v1.StatefulSetStatus
        =apps.v1.StatefulSetList
        items []apps.v1.StatefulSet
        =apps.v1.StatefulSetSpec
        selector meta.v1.LabelSelector
        template core.v1.PodTemplateSpec
        volumeClaimTemplates []core.v1.PersistentVolumeClaim
        =apps.v1.StatefulSetStatus
        conditions []- merge type
        =authentication.v1.TokenRequest
        metadata meta.v1.ObjectMeta
        =authentication.v1.TokenReview
        metadata meta.v1.ObjectMeta
        =authentication.v1beta1.TokenReview
        metadata meta.v1.ObjectMeta
        =authorization.v1.LocalSubjectAccessReview
        metadata meta.v1.ObjectMeta
        =authorization.v1.SelfSubjectAccessReview
        metadata meta.v1.ObjectMeta
        =authorization.v1.SelfSubjectRulesReview
        metadata meta.v1.ObjectMeta
        =authorization.v1.SubjectAccessReview
        metadata meta.v1.ObjectMeta
        =authorization.v1beta1.LocalSubjectAccessReview
        metadata meta.v1.ObjectMeta
        =authorization.v1beta1.SelfSubjectAccessReview
        metadata meta.v1.ObjectMeta
        =authorization.v1beta1.SelfSubjectRulesReview
        metadata meta.v1.ObjectMeta
        =authorization.v1beta1.SubjectAccessReview
        metadata meta.v1.ObjectMeta
        =autoscaling.v1.HorizontalPodAutoscaler
        metadata meta.v1.ObjectMeta
        =autoscaling.v1.HorizontalPodAutoscalerList
        items []autoscaling.v1.HorizontalPodAutoscaler
        =autoscaling.v1.Scale
        metadata meta.v1.ObjectMeta
        =autoscaling.v2beta1.ExternalMetricSource
        metricSelector meta.v1.LabelSelector
        =autoscaling.v2beta1.ExternalMetricStatus
        metricSelector meta.v1.LabelSelector
        =autoscaling.v2beta1.HorizontalPodAutoscaler
        spec autoscaling.v2beta1.HorizontalPodAutoscalerSpec
        status autoscaling.v2beta1.HorizontalPodAutoscalerStatus
        metadata meta.v1.ObjectMeta
        =autoscaling.v2beta1.HorizontalPodAutoscalerList
        items []autoscaling.v2beta1.HorizontalPodAutoscaler
        =autoscaling.v2beta1.HorizontalPodAutoscalerSpec
        metrics []autoscaling.v2beta1.MetricSpec
        =autoscaling.v2beta1.HorizontalPodAutoscalerStatus
        currentMetrics []autoscaling.v2beta1.MetricStatus
        =autoscaling.v2beta1.MetricSpec
        object autoscaling.v2beta1.ObjectMetricSource
        pods autoscaling.v2beta1.PodsMetricSource
        external autoscaling.v2beta1.ExternalMetricSource
        =autoscaling.v2beta1.MetricStatus
        external autoscaling.v2beta1.ExternalMetricStatus
        object autoscaling.v2beta1.ObjectMetricStatus
        pods autoscaling.v2beta1.PodsMetricStatus
        =autoscaling.v2beta1.ObjectMetricSource
        selector meta.v1.LabelSelector
        =autoscaling.v2beta1.ObjectMetricStatus
        selector meta.v1.LabelSelector
        =autoscaling.v2beta1.PodsMetricSource
        selector meta.v1.LabelSelector
        =autoscaling.v2beta1.PodsMetricStatus
        selector meta.v1.LabelSelector
        =autoscaling.v2beta2.ExternalMetricSource
        metric autoscaling.v2beta2.MetricIdentifier
        =autoscaling.v2beta2.ExternalMetricStatus
        metric autoscaling.v2beta2.MetricIdentifier
        =autoscaling.v2beta2.HorizontalPodAutoscaler
        metadata meta.v1.ObjectMeta
        spec autoscaling.v2beta2.HorizontalPodAutoscalerSpec
        status autoscaling.v2beta2.HorizontalPodAutoscalerStatus
        =autoscaling.v2beta2.HorizontalPodAutoscalerList
        items []autoscaling.v2beta2.HorizontalPodAutoscaler
        =autoscaling.v2beta2.HorizontalPodAutoscalerSpec
        metrics []autoscaling.v2beta2.MetricSpec
        =autoscaling.v2beta2.HorizontalPodAutoscalerStatus
        currentMetrics []autoscaling.v2beta2.MetricStatus
        =autoscaling.v2beta2.MetricIdentifier
        selector meta.v1.LabelSelector
        =autoscaling.v2beta2.MetricSpec
        external autoscaling.v2beta2.ExternalMetricSource
        object autoscaling.v2beta2.ObjectMetricSource
        pods autoscaling.v2beta2.PodsMetricSource
        =autoscaling.v2beta2.MetricStatus
        external autoscaling.v2beta2.ExternalMetricStatus
        object autoscaling.v2beta2.ObjectMetricStatus
        pods autoscaling.v2beta2.PodsMetricStatus
        =autoscaling.v2beta2.ObjectMetricSource
        metric autoscaling.v2beta2.MetricIdentifier
        =autoscaling.v2beta2.ObjectMetricStatus
        metric autoscaling.v2beta2.MetricIdentifier
        =autoscaling.v2beta2.PodsMetricSource
        metric autoscaling.v2beta2.MetricIdentifier
        =autoscaling.v2beta2.PodsMetricStatus
        metric autoscaling.v2beta2.MetricIdentifier
        =batch.v1.CronJob
        metadata meta.v1.ObjectMeta
        spec batch.v1.CronJobSpec
        =batch.v1.CronJobList
        items []batch.v1.CronJob
        =batch.v1.CronJobSpec
        jobTemplate batch.v1.JobTemplateSpec
        =batch.v1.Job
        metadata meta.v1.ObjectMeta
        spec batch.v1.JobSpec
        status batch.v1.JobStatus
        =batch.v1.JobList
        items []batch.v1.Job
        =batch.v1.JobSpec
        template core.v1.PodTemplateSpec
        selector meta.v1.LabelSelector
        =batch.v1.JobStatus
        conditions []- merge type
        =batch.v1.JobTemplateSpec
        metadata meta.v1.ObjectMeta
        spec batch.v1.JobSpec
        =batch.v1beta1.CronJob
        metadata meta.v1.ObjectMeta
        spec batch.v1beta1.CronJobSpec
        =batch.v1beta1.CronJobList
        items []batch.v1beta1.CronJob
        =batch.v1beta1.CronJobSpec
        jobTemplate batch.v1beta1.JobTemplateSpec
        =batch.v1beta1.JobTemplateSpec
        metadata meta.v1.ObjectMeta
        spec batch.v1.JobSpec
        =certificates.v1.CertificateSigningRequest
        metadata meta.v1.ObjectMeta
        =certificates.v1.CertificateSigningRequestList
        items []certificates.v1.CertificateSigningRequest
        =certificates.v1beta1.CertificateSigningRequest
        metadata meta.v1.ObjectMeta
        =certificates.v1beta1.CertificateSigningRequestList
        items []certificates.v1beta1.CertificateSigningRequest
        =coordination.v1.Lease
        metadata meta.v1.ObjectMeta
        =coordination.v1.LeaseList
        items []coordination.v1.Lease
        =coordination.v1beta1.Lease
        metadata meta.v1.ObjectMeta
        =coordination.v1beta1.LeaseList
        items []coordination.v1beta1.Lease
        =core.v1.Affinity
        podAffinity core.v1.PodAffinity
        podAntiAffinity core.v1.PodAntiAffinity
        =core.v1.Binding
        metadata meta.v1.ObjectMeta
        =core.v1.ComponentStatus
        conditions []- merge type
        metadata meta.v1.ObjectMeta
        =core.v1.ComponentStatusList
        items []core.v1.ComponentStatus
        =core.v1.ConfigMap
        metadata meta.v1.ObjectMeta
        =core.v1.ConfigMapList
        items []core.v1.ConfigMap
        =core.v1.Container
        volumeMounts []- merge mountPath
        volumeDevices []- merge devicePath
        env []- merge name
        ports []- merge containerPort,protocol
        =core.v1.Endpoints
        metadata meta.v1.ObjectMeta
        =core.v1.EndpointsList
        items []core.v1.Endpoints
        =core.v1.EphemeralContainer
        volumeDevices []- merge devicePath
        volumeMounts []- merge mountPath
        env []- merge name
        =core.v1.EphemeralVolumeSource
        volumeClaimTemplate core.v1.PersistentVolumeClaimTemplate
        =core.v1.Event
        metadata meta.v1.ObjectMeta
        =core.v1.EventList
        items []core.v1.Event
        =core.v1.LimitRange
        metadata meta.v1.ObjectMeta
        =core.v1.LimitRangeList
        items []core.v1.LimitRange
        =core.v1.Namespace
        status core.v1.NamespaceStatus
        metadata meta.v1.ObjectMeta
        =core.v1.NamespaceList
        items []core.v1.Namespace
        =core.v1.NamespaceStatus
        conditions []- merge type
        =core.v1.Node
        metadata meta.v1.ObjectMeta
        spec core.v1.NodeSpec
        status core.v1.NodeStatus
        =core.v1.NodeList
        items []core.v1.Node
        =core.v1.NodeSpec
        podCIDRs []- merge -
        =core.v1.NodeStatus
        conditions []- merge type
        addresses []- merge type
        =core.v1.PersistentVolume
        metadata meta.v1.ObjectMeta
        =core.v1.PersistentVolumeClaim
        metadata meta.v1.ObjectMeta
        spec core.v1.PersistentVolumeClaimSpec
        status core.v1.PersistentVolumeClaimStatus
        =core.v1.PersistentVolumeClaimList
        items []core.v1.PersistentVolumeClaim
        =core.v1.PersistentVolumeClaimSpec
        selector meta.v1.LabelSelector
        =core.v1.PersistentVolumeClaimStatus
        conditions []- merge type
        =core.v1.PersistentVolumeClaimTemplate
        metadata meta.v1.ObjectMeta
        spec core.v1.PersistentVolumeClaimSpec
        =core.v1.PersistentVolumeList
        items []core.v1.PersistentVolume
        =core.v1.Pod
        metadata meta.v1.ObjectMeta
        spec core.v1.PodSpec
        status core.v1.PodStatus
        =core.v1.PodAffinity
        preferredDuringSchedulingIgnoredDuringExecution []core.v1.WeightedPodAffinityTerm
        requiredDuringSchedulingIgnoredDuringExecution []core.v1.PodAffinityTerm
        =core.v1.PodAffinityTerm
        labelSelector meta.v1.LabelSelector
        namespaceSelector meta.v1.LabelSelector
        =core.v1.PodAntiAffinity
        requiredDuringSchedulingIgnoredDuringExecution []core.v1.PodAffinityTerm
        preferredDuringSchedulingIgnoredDuringExecution []core.v1.WeightedPodAffinityTerm
        =core.v1.PodList
        items []core.v1.Pod
        =core.v1.PodSpec
        ephemeralContainers []core.v1.EphemeralContainer merge name
        initContainers []core.v1.Container merge name
        affinity core.v1.Affinity
        hostAliases []- merge ip
        imagePullSecrets []- merge name
        topologySpreadConstraints []core.v1.TopologySpreadConstraint merge topologyKey,whenUnsatisfiable
        volumes []core.v1.Volume merge,retainKeys name
        containers []core.v1.Container merge name
        =core.v1.PodStatus
        conditions []- merge type
        podIPs []- merge ip
        =core.v1.PodTemplate
        metadata meta.v1.ObjectMeta
        template core.v1.PodTemplateSpec
        =core.v1.PodTemplateList
        items []core.v1.PodTemplate
        =core.v1.PodTemplateSpec
        spec core.v1.PodSpec
        metadata meta.v1.ObjectMeta
        =core.v1.ReplicationController
        metadata meta.v1.ObjectMeta
        spec core.v1.ReplicationControllerSpec
        status core.v1.ReplicationControllerStatus
        =core.v1.ReplicationControllerList
        items []core.v1.ReplicationController
        =core.v1.ReplicationControllerSpec
        template core.v1.PodTemplateSpec
        =core.v1.ReplicationControllerStatus
        conditions []- merge type
        =core.v1.ResourceQuota
        metadata meta.v1.ObjectMeta
        =core.v1.ResourceQuotaList
        items []core.v1.ResourceQuota
        =core.v1.Secret
        metadata meta.v1.ObjectMeta
        =core.v1.SecretList
        items []core.v1.Secret
        =core.v1.Service
        status core.v1.ServiceStatus
        metadata meta.v1.ObjectMeta
        spec core.v1.ServiceSpec
        =core.v1.ServiceAccount
        metadata meta.v1.ObjectMeta
        secrets []- merge name
        =core.v1.ServiceAccountList
        items []core.v1.ServiceAccount
        =core.v1.ServiceList
        items []core.v1.Service
        =core.v1.ServiceSpec
        ports []- merge port,protocol
        =core.v1.ServiceStatus
        conditions []- merge type
        =core.v1.TopologySpreadConstraint
        labelSelector meta.v1.LabelSelector
        =core.v1.Volume
        ephemeral core.v1.EphemeralVolumeSource
        =core.v1.WeightedPodAffinityTerm
        podAffinityTerm core.v1.PodAffinityTerm
        =discovery.v1.EndpointSlice
        metadata meta.v1.ObjectMeta
        =discovery.v1.EndpointSliceList
        items []discovery.v1.EndpointSlice
        =discovery.v1beta1.EndpointSlice
        metadata meta.v1.ObjectMeta
        =discovery.v1beta1.EndpointSliceList
        items []discovery.v1beta1.EndpointSlice
        =events.v1.Event
        metadata meta.v1.ObjectMeta
        =events.v1.EventList
        items []events.v1.Event
        =events.v1beta1.Event
        metadata meta.v1.ObjectMeta
        =events.v1beta1.EventList
        items []events.v1beta1.Event
        =extensions.v1beta1.Ingress
        metadata meta.v1.ObjectMeta
        =extensions.v1beta1.IngressList
        items []extensions.v1beta1.Ingress
        =flowcontrol.v1beta1.FlowSchema
        metadata meta.v1.ObjectMeta
        =flowcontrol.v1beta1.FlowSchemaList
        items []flowcontrol.v1beta1.FlowSchema
        =flowcontrol.v1beta1.PriorityLevelConfiguration
        metadata meta.v1.ObjectMeta
        =flowcontrol.v1beta1.PriorityLevelConfigurationList
        items []flowcontrol.v1beta1.PriorityLevelConfiguration
        =networking.v1.Ingress
        metadata meta.v1.ObjectMeta
        =networking.v1.IngressClass
        metadata meta.v1.ObjectMeta
        =networking.v1.IngressClassList
        items []networking.v1.IngressClass
        =networking.v1.IngressList
        items []networking.v1.Ingress
        =networking.v1.NetworkPolicy
        metadata meta.v1.ObjectMeta
        spec networking.v1.NetworkPolicySpec
        =networking.v1.NetworkPolicyEgressRule
        to []networking.v1.NetworkPolicyPeer
        =networking.v1.NetworkPolicyIngressRule
        from []networking.v1.NetworkPolicyPeer
        =networking.v1.NetworkPolicyList
        items []networking.v1.NetworkPolicy
        =networking.v1.NetworkPolicyPeer
        namespaceSelector meta.v1.LabelSelector
        podSelector meta.v1.LabelSelector
        =networking.v1.NetworkPolicySpec
        egress []networking.v1.NetworkPolicyEgressRule
        ingress []networking.v1.NetworkPolicyIngressRule
        podSelector meta.v1.LabelSelector
        =networking.v1beta1.Ingress
        metadata meta.v1.ObjectMeta
        =networking.v1beta1.IngressClass
        metadata meta.v1.ObjectMeta
        =networking.v1beta1.IngressClassList
        items []networking.v1beta1.IngressClass
        =networking.v1beta1.IngressList
        items []networking.v1beta1.Ingress
        =node.v1.RuntimeClass
        metadata meta.v1.ObjectMeta
        =node.v1.RuntimeClassList
        items []node.v1.RuntimeClass
        =node.v1beta1.RuntimeClass
        metadata meta.v1.ObjectMeta
        =node.v1beta1.RuntimeClassList
        items []node.v1beta1.RuntimeClass
        =policy.v1.PodDisruptionBudget
        metadata meta.v1.ObjectMeta
        spec policy.v1.PodDisruptionBudgetSpec
        status policy.v1.PodDisruptionBudgetStatus
        =policy.v1.PodDisruptionBudgetList
        items []policy.v1.PodDisruptionBudget
        =policy.v1.PodDisruptionBudgetSpec
        selector meta.v1.LabelSelector replace -
        =policy.v1.PodDisruptionBudgetStatus
        conditions []- merge type
        =policy.v1beta1.Eviction
        metadata meta.v1.ObjectMeta
        =policy.v1beta1.PodDisruptionBudget
        metadata meta.v1.ObjectMeta
        spec policy.v1beta1.PodDisruptionBudgetSpec
        status policy.v1beta1.PodDisruptionBudgetStatus
        =policy.v1beta1.PodDisruptionBudgetList
        items []policy.v1beta1.PodDisruptionBudget
        =policy.v1beta1.PodDisruptionBudgetSpec
        selector meta.v1.LabelSelector replace -
        =policy.v1beta1.PodDisruptionBudgetStatus
        conditions []- merge type
        =policy.v1beta1.PodSecurityPolicy
        metadata meta.v1.ObjectMeta
        =policy.v1beta1.PodSecurityPolicyList
        items []policy.v1beta1.PodSecurityPolicy
        =rbac.v1.AggregationRule
        clusterRoleSelectors []meta.v1.LabelSelector
        =rbac.v1.ClusterRole
        aggregationRule rbac.v1.AggregationRule
        metadata meta.v1.ObjectMeta
        =rbac.v1.ClusterRoleBinding
        metadata meta.v1.ObjectMeta
        =rbac.v1.ClusterRoleBindingList
        items []rbac.v1.ClusterRoleBinding
        =rbac.v1.ClusterRoleList
        items []rbac.v1.ClusterRole
        =rbac.v1.Role
        metadata meta.v1.ObjectMeta
        =rbac.v1.RoleBinding
        metadata meta.v1.ObjectMeta
        =rbac.v1.RoleBindingList
        items []rbac.v1.RoleBinding
        =rbac.v1.RoleList
        items []rbac.v1.Role
        =rbac.v1beta1.AggregationRule
        clusterRoleSelectors []meta.v1.LabelSelector
        =rbac.v1beta1.ClusterRole
        aggregationRule rbac.v1beta1.AggregationRule
        metadata meta.v1.ObjectMeta
        =rbac.v1beta1.ClusterRoleBinding
        metadata meta.v1.ObjectMeta
        =rbac.v1beta1.ClusterRoleBindingList
        items []rbac.v1beta1.ClusterRoleBinding
        =rbac.v1beta1.ClusterRoleList
        items []rbac.v1beta1.ClusterRole
        =rbac.v1beta1.Role
        metadata meta.v1.ObjectMeta
        =rbac.v1beta1.RoleBinding
        metadata meta.v1.ObjectMeta
        =rbac.v1beta1.RoleBindingList
        items []rbac.v1beta1.RoleBinding
        =rbac.v1beta1.RoleList
        items []rbac.v1beta1.Role
        =scheduling.v1.PriorityClass
        metadata meta.v1.ObjectMeta
        =scheduling.v1.PriorityClassList
        items []scheduling.v1.PriorityClass
        =scheduling.v1beta1.PriorityClass
        metadata meta.v1.ObjectMeta
        =scheduling.v1beta1.PriorityClassList
        items []scheduling.v1beta1.PriorityClass
        =storage.v1.CSIDriver
        metadata meta.v1.ObjectMeta
        =storage.v1.CSIDriverList
        items []storage.v1.CSIDriver
        =storage.v1.CSINode
        metadata meta.v1.ObjectMeta
        spec storage.v1.CSINodeSpec
        =storage.v1.CSINodeList
        items []storage.v1.CSINode
        =storage.v1.CSINodeSpec
        drivers []- merge name
        =storage.v1.StorageClass
        metadata meta.v1.ObjectMeta
        =storage.v1.StorageClassList
        items []storage.v1.StorageClass
        =storage.v1.VolumeAttachment
        metadata meta.v1.ObjectMeta
        =storage.v1.VolumeAttachmentList
        items []storage.v1.VolumeAttachment
        =storage.v1beta1.CSIDriver
        metadata meta.v1.ObjectMeta
        =storage.v1beta1.CSIDriverList
        items []storage.v1beta1.CSIDriver
        =storage.v1beta1.CSINode
        metadata meta.v1.ObjectMeta
        spec storage.v1beta1.CSINodeSpec
        =storage.v1beta1.CSINodeList
        items []storage.v1beta1.CSINode
        =storage.v1beta1.CSINodeSpec
        drivers []- merge name
        =storage.v1beta1.CSIStorageCapacity
        nodeTopology meta.v1.LabelSelector
        metadata meta.v1.ObjectMeta
        =storage.v1beta1.CSIStorageCapacityList
        items []storage.v1beta1.CSIStorageCapacity
        =storage.v1beta1.StorageClass
        metadata meta.v1.ObjectMeta
        =storage.v1beta1.StorageClassList
        items []storage.v1beta1.StorageClass
        =storage.v1beta1.VolumeAttachment
        metadata meta.v1.ObjectMeta
        =storage.v1beta1.VolumeAttachmentList
        items []storage.v1beta1.VolumeAttachment
        =apiextensions.v1.CustomResourceDefinition
        metadata meta.v1.ObjectMeta
        =apiextensions.v1.CustomResourceDefinitionList
        items []apiextensions.v1.CustomResourceDefinition
        =apiextensions.v1beta1.CustomResourceDefinition
        metadata meta.v1.ObjectMeta
        =apiextensions.v1beta1.CustomResourceDefinitionList
        items []apiextensions.v1beta1.CustomResourceDefinition
        =meta.v1.LabelSelector
        matchExpressions []meta.v1.LabelSelectorRequirement
        =meta.v1.LabelSelectorRequirement
        key - merge key
        =meta.v1.ObjectMeta
        finalizers []- merge -
        ownerReferences []- merge uid
        =apiregistration.v1.APIService
        metadata meta.v1.ObjectMeta
        status apiregistration.v1.APIServiceStatus
        =apiregistration.v1.APIServiceList
        items []apiregistration.v1.APIService
        =apiregistration.v1.APIServiceStatus
        conditions []- merge type
        =apiregistration.v1beta1.APIService
        metadata meta.v1.ObjectMeta
        status apiregistration.v1beta1.APIServiceStatus
        =apiregistration.v1beta1.APIServiceList
        items []apiregistration.v1beta1.APIService
        =apiregistration.v1beta1.APIServiceStatus
        conditions []- merge type
        """
}
